"""Production settings pass Django's deployment checks; DEBUG without a key is refused."""

import os
import subprocess
import sys

from django.conf import settings

PROD = {"DEBUG": "False", "SECRET_KEY": "x" * 60 + "-a-long-random-production-key",
        "ALLOWED_HOSTS": "tracker.example.org", "STATIC_MANIFEST": "True"}  # fmt: skip


def run(args, env):
    # Only the variables production would have: not the test run's own overrides.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR,
                          env={**base, **env}, capture_output=True, text=True)  # fmt: skip


def test_it_passes_check_deploy_with_production_settings():
    result = run(["check", "--deploy", "--fail-level", "WARNING"], PROD)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run(["check"], {**PROD, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
