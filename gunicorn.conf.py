"""gunicorn's settings for `make prod` and deployments (docs/deployment.md).

Every value can be changed from the environment without editing this file.
"""

import multiprocessing
import os

# Behind a reverse proxy on the same host by default; GUNICORN_BIND=0.0.0.0:8000 to expose it.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# gunicorn's rule of thumb for synchronous workers: two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request past this is killed and logged; slow pages (a search, a first rendition) fit well.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak in a library never grows without bound.
max_requests = 1000
max_requests_jitter = 100
# Access and error logs on standard output, for the service manager's journal.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# The proxy's X-Forwarded-Proto is trusted from these addresses only (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "tawiza.wsgi:application"
