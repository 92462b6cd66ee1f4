import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflicttracker.settings")

app = Celery("conflicttracker")
# Every Celery option lives in Django settings as CELERY_<NAME>, so one env-driven module
# configures the web process, the worker and beat alike.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
