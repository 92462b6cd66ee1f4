#!/usr/bin/env bash
# Install everything and start conflicttracker on the embedded default: SQLite, a filesystem
# Celery broker, a real worker process, and demo articles. Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh requirements.txt
PY=.venv/bin/python
PORT=${PORT:-8000}
mkdir -p .run

$PY manage.py migrate --noinput >/dev/null
PASSWORD=${ADMIN_PASSWORD:-$($PY -c 'import secrets; print(secrets.token_urlsafe(12))')}
DJANGO_SUPERUSER_PASSWORD=$PASSWORD $PY manage.py shell -c "
import os
from django.contrib.auth import get_user_model
User = get_user_model()
user, _ = User.objects.get_or_create(username='admin', defaults={'is_staff': True, 'is_superuser': True})
user.is_staff = user.is_superuser = True
user.set_password(os.environ['DJANGO_SUPERUSER_PASSWORD'])
user.save()
"

.venv/bin/celery -A conflicttracker worker --loglevel=INFO --concurrency=1 >.run/worker.log 2>&1 &
WORKER=$!
.venv/bin/celery -A conflicttracker beat --loglevel=INFO --schedule=.run/beat-schedule >.run/beat.log 2>&1 &
BEAT=$!
trap 'kill $WORKER $BEAT 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

$PY manage.py demo_data

cat <<MSG

  conflicttracker is running on the embedded default (SQLite + filesystem broker).
  Dashboard:  http://127.0.0.1:$PORT/
  Admin:      http://127.0.0.1:$PORT/admin/   login: admin / $PASSWORD
  Worker log: .run/worker.log      Stop: Ctrl-C

MSG
$PY manage.py runserver "127.0.0.1:$PORT" --noreload
