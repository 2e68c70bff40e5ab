# %% [markdown] lang="uz"
# # Simulyatsiya natijalarini o'qish
#
# Bu daftar rejalashtiruvchilar uchun: `malaka simulate` yozgan natijalarni (`kpis.json`,
# `cases.parquet`) ochib, muddatida javob berilgan ulushni ishonch oralig'i bilan va javob
# vaqtlari taqsimotini ko'rsatadi. Sayt qurilganda u standart ssenariy natijalari bilan bajarilgan.
# %% [markdown] lang="ru"
# # Как читать результаты симуляции
#
# Тетрадь для планировщиков: открывает результаты `malaka simulate` (`kpis.json`,
# `cases.parquet`) и показывает долю ответов в срок с доверительным интервалом и распределение
# времени ответа. При сборке сайта она выполнена на результатах стандартного сценария.
# %% [markdown] lang="en"
# # Reading simulation output
#
# A notebook for planners: it opens what `malaka simulate` wrote (`kpis.json`,
# `cases.parquet`) and shows the share answered on time with its confidence interval and the
# distribution of answer times. When the site is built it runs on the default scenario's output.

# %%
import json

import matplotlib.pyplot as plt
import pandas as pd

from malaka.paths import build_dir

runs = build_dir() / "simulations"
folder = runs / "tuman-iib"
if not (folder / "kpis.json").is_file():
    folder = next(p.parent for p in sorted(runs.glob("*/kpis.json")))
kpis = json.loads((folder / "kpis.json").read_text(encoding="utf-8"))
cases = pd.read_parquet(folder / "cases.parquet")
print(kpis["scenario_id"], "-", kpis["replications"], "replications,", len(cases), "appeals")

# %% [markdown] lang="uz"
# ## Asosiy ko'rsatkichlar
#
# `mean` — takrorlanishlar bo'yicha o'rtacha, `half_width` — 95 % ishonch oralig'ining yarmi:
# haqiqiy qiymat taxminan `mean ± half_width` oralig'ida.
# %% [markdown] lang="ru"
# ## Основные показатели
#
# `mean` — среднее по повторам, `half_width` — половина 95-процентного доверительного интервала:
# истинное значение примерно в пределах `mean ± half_width`.
# %% [markdown] lang="en"
# ## Headline measures
#
# `mean` is the average over replications and `half_width` half the 95 % confidence interval:
# the true value lies roughly within `mean ± half_width`.

# %%
summary = pd.DataFrame(kpis["summary"]).T
summary["low"] = summary["mean"] - summary["half_width"]
summary["high"] = summary["mean"] + summary["half_width"]
summary.round(3)

# %% [markdown] lang="uz"
# ## Javob vaqti va qonuniy muddat
#
# Har bir javob berilgan murojaat uchun javob vaqti (soat). Qizil chiziq — 15 kun.
# %% [markdown] lang="ru"
# ## Время ответа и законный срок
#
# Время ответа (в часах) по каждому обращению с ответом. Красная линия — 15 дней.
# %% [markdown] lang="en"
# ## Answer time and the legal deadline
#
# Time to answer (hours) of each answered appeal. The red line is 15 days.

# %%
answered = cases["time_to_answer_h"].dropna()
fig, ax = plt.subplots(figsize=(7, 3.5))
ax.hist(answered, bins=40, color="#3f51b5")
ax.axvline(15 * 24, color="#c62828", linewidth=2, label="15 × 24 h")
ax.set_xlabel("h")
ax.set_ylabel("n")
ax.legend()
plt.show()

# %% [markdown] lang="uz"
# ## Har bir takrorlanishda muddatida javob ulushi
#
# Nuqtalar takrorlanishlar orasida qanchalik tarqalganini ko'rsatadi: tarqoqlik katta bo'lsa,
# ko'proq takrorlanish kerak.
# %% [markdown] lang="ru"
# ## Доля ответов в срок в каждом повторе
#
# Точки показывают разброс между повторами: при большом разбросе нужно больше повторов.
# %% [markdown] lang="en"
# ## Share answered on time in each replication
#
# The points show the spread between replications: a wide spread calls for more replications.

# %%
per_rep = (
    cases.dropna(subset=["answered_in_time"])
    .assign(on_time=lambda d: d["answered_in_time"].astype(bool))
    .groupby("replication")["on_time"]
    .mean()
)
fig, ax = plt.subplots(figsize=(7, 2.5))
ax.plot(per_rep.index, per_rep.to_numpy(), "o", color="#3f51b5")
ax.axhline(per_rep.mean(), color="#555", linestyle="--")
ax.set_xlabel("replication")
ax.set_ylabel("on time")
plt.show()
