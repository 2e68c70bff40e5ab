"""nbgrader settings added for instructors (``/etc/jupyter/instructor/nbgrader_config.py``).

Read before ``/etc/jupyter/nbgrader_config.py`` (the exchange and the course id, which this file
keeps) because the instructor profile puts ``/etc/jupyter/instructor`` first on
``JUPYTER_CONFIG_PATH``. The course folders are Malaka's own layout (``malaka.grading.layout``,
the same as ``grading/nbgrader_config.py``), under ``MALAKA_BUILD``: the instructor's home volume.
"""

from malaka.grading.layout import Layout, nbgrader_config

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - injected by traitlets

c.merge(nbgrader_config(Layout.default()))
