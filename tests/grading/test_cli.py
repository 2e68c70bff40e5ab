    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
`    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
`    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
`    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
`    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
X    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
S    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
K    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
X    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
S    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
X    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
S    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
{    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
K    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
K    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
X    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
S    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
X    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
R    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
S    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
}    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
K    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
B    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
I    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
N    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
K    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
A    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
6    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
N    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
N    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
4    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
@    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
N    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
T    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
?    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
*    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
!    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
6    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
6    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
6    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
1    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
8    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
q    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
\    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
1    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
1    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
В    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
о    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
п    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
р    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
о    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
с    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
1    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
✗    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
н    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
е    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
п    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
р    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
о    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
й    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
д    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
е    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
н    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
о    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
M    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
O    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
U    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
E    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
1    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
0    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
+    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
B    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
'    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
'    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
-    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
>    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
N    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
v    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
2    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
P    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
F    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
L    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
n    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
m    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
g    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
f    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
=    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
x    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
p    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
[    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
]    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
,    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
k    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
     blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
C    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
D    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
c    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
o    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
y    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
d    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
b    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
_    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
u    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
.    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
a    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
r    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
w    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
h    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
(    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
s    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
q    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
l    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
i    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
t    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
e    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
:    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
/    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
"    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
)    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)

    blank = tmp_path / "hand" / "t-blank"
    blank.mkdir()
    for nb in release.glob("*.ru.ipynb"):  # the Russian student versions, unchanged
        shutil.copy(nb, blank / nb.name)
