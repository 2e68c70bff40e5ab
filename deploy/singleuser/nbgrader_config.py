"""nbgrader settings of every Malaka user server on Kubernetes: ``/etc/jupyter/nbgrader_config.py``.

The same three settings that ``malaka hub`` writes for its trainee role, with the exchange on the
shared volume that ``deploy/helm/values.yaml`` mounts in every user pod
(``singleuser.storage.extraVolumeMounts``).
"""

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - injected by traitlets

c.Exchange.root = "/srv/nbgrader/exchange"
c.Exchange.path_includes_course = False
c.CourseDirectory.course_id = "malaka"
