# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown] lang="uz"
# # 4-mashq. TF-IDF va logistik regressiya
#
# Qoidalar tez yoziladi, lekin yangi so'zlar, imlo xatolari, lotin-kirill aralashmasi ularni
# buzadi. Endi **belgilangan matnlardan o'rganadigan** model quramiz: matnni TF-IDF vektoriga
# aylantiramiz va logistik regressiya bilan
# **toifani** (`category`) bashorat qilamiz. Model faqat yordamchi: yakuniy qarorni xodim qabul
# qiladi.

# %% [markdown] lang="ru"
# # Упражнение 4. TF-IDF и логистическая регрессия
#
# Правила пишутся быстро, но их ломают новые слова, опечатки, смесь латиницы и кириллицы. Теперь
# строим модель, которая **учится на размеченных текстах**: превращаем текст в вектор TF-IDF
# и логистической регрессией предсказываем
# **категорию** (`category`). Модель только помогает: окончательное решение принимает сотрудник.

# %% [markdown] lang="en"
# # Exercise 4. TF-IDF and logistic regression
#
# Learn the category from labelled texts: TF-IDF features and a logistic regression, evaluated
# on a held-out test set with macro-F1.

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Bu mashq modulning **chuqurlashtirilgan qismi**: o'qitiladigan model (TF-IDF va logistik
# regressiya) 0-modul va mashq qilish daftaridan ancha nariga o'tadi. Avval 0, 1, 2 va 5-mashqlarni
# tugating. Quyidagi namuna butun yo'lni o'n ikki matnda ko'rsatadi.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Это упражнение — **углублённая часть** модуля: обучаемая модель (TF-IDF и логистическая
# регрессия) выходит далеко за модуль 0 и практику. Сначала закончите упражнения 0, 1, 2 и 5.
# Пример ниже показывает весь путь на двенадцати текстах.

# %% [markdown] lang="en"
# ## Advanced part
#
# This exercise is the module's **advanced part**: a trained model (TF-IDF and logistic
# regression) goes well beyond module 0 and the practice. Finish exercises 0, 1, 2 and 5 first.
# The worked example below shows the whole path on twelve texts.

# %% tags=["setup"]
LANG = "uz"
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

from malaka.grading.checks import (
    check,
    check_defined,
    check_equal,
    check_in,
    check_type,
)

texts = pd.read_csv("data/appeal-texts/texts.csv")
SEED = 42
texts["category"].value_counts()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): o'n ikki matnda model
#
# 1. `train_test_split(..., stratify=...)` jadvalni o'qitish va sinov qismlariga ajratadi, har bir
#    toifaning ulushi ikkala qismda bir xil qoladi.
# 2. `make_pipeline(TfidfVectorizer(), LogisticRegression(...))` — matnni sonlarga aylantirib,
#    toifani bashorat qiladigan konveyer; `fit` faqat o'qitish qismida.
# 3. Sinovda baholash: **to'g'ri javoblar ulushi (accuracy)**, **makro-F1** va har bir toifaning
#    F1 qiymati (`average=None`).

# %% [markdown] lang="ru"
# ## Пример с решением: модель на двенадцати текстах
#
# 1. `train_test_split(..., stratify=...)` делит таблицу на обучающую и тестовую части, доля каждой
#    категории в обеих частях одинакова.
# 2. `make_pipeline(TfidfVectorizer(), LogisticRegression(...))` — конвейер, который превращает
#    текст в числа и предсказывает категорию; `fit` — только на обучающей части.
# 3. Оценка на тесте: **доля верных ответов (accuracy)**, **макро-F1** и F1 каждой категории
#    (`average=None`).

# %% [markdown] lang="en"
# ## Worked example: a model on twelve texts
#
# 1. `train_test_split(..., stratify=...)` splits the table, keeping each category's share in both
#    parts. 2. `make_pipeline(TfidfVectorizer(), LogisticRegression(...))` turns text into numbers
#    and predicts the category; `fit` on the training part only. 3. On the test part: **accuracy**,
#    **macro-F1** and the F1 of each category (`average=None`).

# %%
toy = pd.DataFrame(
    {
        "text": [
            "SMS kod so'rashdi, kartamdan pul yechildi", "Telegramda havola yubordilar, pul ketdi",
            "Смс код украли деньги с карты", "Kartamdan noma'lum to'lov o'tdi",
            "Qo'shnim kechasi shovqin qiladi", "Сосед шумит по ночам", "Qo'shnilar janjal qilishdi",
            "Соседи ругаются каждый вечер", "Pasportim yo'qoldi", "Утерян паспорт",
            "ID-kartamni yo'qotdim", "Потерял паспорт в автобусе",
        ],
        "category": ["fraud"] * 4 + ["noise"] * 4 + ["lost_documents"] * 4,
    }
)
toy_train, toy_test = train_test_split(toy, test_size=0.25, random_state=0, stratify=toy["category"])
toy_model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
toy_model.fit(toy_train["text"], toy_train["category"])
toy_pred = toy_model.predict(toy_test["text"])
print(accuracy_score(toy_test["category"], toy_pred))
print(f1_score(toy_test["category"], toy_pred, average="macro", zero_division=0))
print(f1_score(toy_test["category"], toy_pred, average=None, labels=sorted(toy["category"].unique()), zero_division=0))

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Jadvalni o'qitish (`train`) va sinov (`test`) qismlariga ajrating:
# sinov ulushi 25 %, `random_state=SEED`, toifalar nisbati ikkala qismda ham bir xil bo'lsin
# (**stratifikatsiya** `category` bo'yicha).
#
# <details><summary>Maslahat</summary>
#
# `train_test_split(texts, test_size=..., random_state=..., stratify=...)` ikki DataFrame qaytaradi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Разделите таблицу на обучающую (`train`) и тестовую (`test`) части:
# доля теста 25 %, `random_state=SEED`, доли категорий в обеих частях одинаковые
# (**стратификация** по `category`).
#
# <details><summary>Подсказка</summary>
#
# `train_test_split(texts, test_size=..., random_state=..., stratify=...)` возвращает два DataFrame.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Split the table into `train` and `test`: 25 % test,
# `random_state=SEED`, stratified by `category`.
#
# <details><summary>Hint</summary>
#
# `train_test_split(texts, test_size=..., random_state=..., stratify=...)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
train, test = train_test_split(
    texts, test_size=0.25, random_state=SEED, stratify=texts["category"]
)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("train", "test")
check_type(train, pd.DataFrame, name="train")
check_type(test, pd.DataFrame, name="test")
check_equal(len(train) + len(test), len(texts), name="len(train) + len(test)")
check(
    not set(train.index) & set(test.index),
    uz="Bitta matn ham o'qitishda, ham sinovda bo'lmasligi kerak.",
    ru="Один и тот же текст не должен попадать и в обучение, и в тест.",
    en="No text may be in both the training and the test set.",
)
### BEGIN HIDDEN TESTS
_test = judge.fetch("test")
if not isinstance(_test, pd.DataFrame):
    raise judge.fail("not_table", name="test", got=type(_test).__name__)
judge.check(
    sorted(_test.index) == sorted(judge.ref("test").index),
    uz="Sinov qismi kutilganidek emas: ulush (25 %), random_state=SEED va stratify ni tekshiring.",
    ru="Тестовая часть не та: проверьте долю (25 %), random_state=SEED и stratify.",
    en="The test set differs: check the share (25 %), random_state=SEED and stratify.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** `model` nomli konveyer (pipeline) quring: `TfidfVectorizer` va logistik
# regressiya — `LogisticRegression(max_iter=1000)` yoki tezroq ishlaydigan
# `SGDClassifier(loss="log_loss", random_state=SEED)` (bu ham logistik regressiya, faqat
# stoxastik gradient bilan o'qitiladi). Uni **faqat `train` da** o'qiting va `test["text"]` uchun
# bashoratni `pred` ga yozing. Talab: sinovdagi makro-F1 namunaviy modelnikidan ancha past
# bo'lmasin.
#
# <details><summary>Maslahat</summary>
#
# `make_pipeline(TfidfVectorizer(sublinear_tf=True), SGDClassifier(...))`, keyin
# `model.fit(train["text"], train["category"])` va `model.predict(test["text"])`.
# Belgi n-grammalari (`analyzer="char_wb"`) imlo xatolariga chidamliroq, lekin sekinroq.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** Постройте конвейер (pipeline) `model`: `TfidfVectorizer` и логистическая
# регрессия — `LogisticRegression(max_iter=1000)` или более быстрый
# `SGDClassifier(loss="log_loss", random_state=SEED)` (это тоже логистическая регрессия, только
# обучаемая стохастическим градиентом). Обучите его **только на `train`** и запишите предсказания
# для `test["text"]` в `pred`. Требование: макро-F1 на тесте не намного ниже, чем у эталонной модели.
#
# <details><summary>Подсказка</summary>
#
# `make_pipeline(TfidfVectorizer(sublinear_tf=True), SGDClassifier(...))`, затем
# `model.fit(train["text"], train["category"])` и `model.predict(test["text"])`.
# Символьные n-граммы (`analyzer="char_wb"`) устойчивее к опечаткам, но медленнее.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** Build a pipeline `model`: `TfidfVectorizer` and a logistic regression
# (`LogisticRegression(max_iter=1000)` or the faster `SGDClassifier(loss="log_loss",
# random_state=SEED)`). Train it **on `train` only** and store the predictions for `test["text"]`
# in `pred`. Its test macro-F1 must not be far below the reference model's.
#
# <details><summary>Hint</summary>
#
# `make_pipeline(TfidfVectorizer(sublinear_tf=True), SGDClassifier(...))`, then
# `model.fit(train["text"], train["category"])`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
model = make_pipeline(
    TfidfVectorizer(sublinear_tf=True),
    SGDClassifier(loss="log_loss", alpha=1e-4, random_state=SEED),
)
model.fit(train["text"], train["category"])
pred = model.predict(test["text"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("model", "pred")
check_equal(len(pred), len(test), name="len(pred)")
check(
    hasattr(model, "predict"),
    uz="model bashorat qila oladigan (predict metodi bor) obyekt bo'lishi kerak.",
    ru="model должен быть объектом с методом predict.",
    en="model must be an object with a predict method.",
)
### BEGIN HIDDEN TESTS
# The trainee's model and the reference model predict the reference test set (texts with SEED,
# 25 %, stratified); both are scored against its true categories.
from sklearn.metrics import f1_score

_te = judge.ref("test")
_their = judge.apply("model.predict", [(_te["text"],)])[0]
_ref_pred = judge.ref_apply("model.predict", [(_te["text"],)])[0]
_ref_f1 = f1_score(_te["category"], _ref_pred, average="macro")
_their_f1 = f1_score(_te["category"], _their, average="macro")
judge.check(
    _their_f1 >= 0.85 * _ref_f1,
    uz="Modelingiz sinovda juda past makro-F1 beradi: o'qitish ma'lumoti va belgilar (features) ni tekshiring.",
    ru="Ваша модель даёт на тесте слишком низкий макро-F1: проверьте обучающие данные и признаки.",
    en="Your model's test macro-F1 is too low: check the training data and the features.",
)
judge.check(
    len(set(_their)) > 1,
    uz="Model hamma matnga bitta toifani bashorat qilmoqda.",
    ru="Модель предсказывает одну и ту же категорию для всех текстов.",
    en="The model predicts the same category for every text.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** Sinovdagi natijani baholang:
# - `macro_f1` — makro-F1 (float);
# - `accuracy` — to'g'ri javoblar ulushi (accuracy) (float);
# - `weakest` — F1 qiymati **eng past** bo'lgan toifa (str). Instruktorga shu toifaga ko'proq
#   misol kerakligini aytasiz.
#
# <details><summary>Maslahat</summary>
#
# `f1_score(..., average=None, labels=...)` har bir toifa uchun F1 qaytaradi;
# `pd.Series(..., index=labels).idxmin()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** Оцените результат на тесте:
# - `macro_f1` — макро-F1 (float);
# - `accuracy` — доля верных ответов (accuracy) (float);
# - `weakest` — категория с **самым низким** F1 (str). Об этой категории вы скажете инструктору:
#   нужно больше примеров.
#
# <details><summary>Подсказка</summary>
#
# `f1_score(..., average=None, labels=...)` возвращает F1 по каждой категории;
# `pd.Series(..., index=labels).idxmin()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** Evaluate on the test set: `macro_f1` (float), `accuracy` (float), and
# `weakest`: the category with the **lowest** F1 (str).
#
# <details><summary>Hint</summary>
#
# `f1_score(..., average=None, labels=...)` gives per-class F1; then `pd.Series(...,
# index=labels).idxmin()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
macro_f1 = float(f1_score(test["category"], pred, average="macro"))
accuracy = float(accuracy_score(test["category"], pred))
_labels = sorted(test["category"].unique())
_per_class = pd.Series(f1_score(test["category"], pred, average=None, labels=_labels), index=_labels)
weakest = str(_per_class.idxmin())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("macro_f1", "accuracy", "weakest")
check_in(weakest, sorted(texts["category"].unique()), name="weakest")
### BEGIN HIDDEN TESTS
# Scored on the trainee's own split and predictions (questions 1-2), so one slip is not counted twice.
from sklearn.metrics import accuracy_score, f1_score

_y = judge.fetch("test")["category"]
_pred = judge.fetch("pred")
judge.expect(judge.fetch("macro_f1"), float(f1_score(_y, _pred, average="macro")), "macro_f1", abs=1e-6)
judge.expect(judge.fetch("accuracy"), float(accuracy_score(_y, _pred)), "accuracy", abs=1e-6)
_lab = sorted(_y.unique())
_pc = pd.Series(f1_score(_y, _pred, average=None, labels=_lab), index=_lab)
_weakest = judge.fetch("weakest")
judge.check(
    isinstance(_weakest, str) and _weakest in _pc.index and bool(np.isclose(_pc[_weakest], _pc.min())),
    uz="weakest F1 qiymati eng past bo'lgan toifa emas.",
    ru="weakest — не категория с самым низким F1.",
    en="weakest is not the category with the lowest F1.",
)
### END HIDDEN TESTS
