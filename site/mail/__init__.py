"""Every email the site sends goes through the task queue (docs/emails.md).

``QueuedEmailBackend`` is the site's ``EMAIL_BACKEND``: whatever builds a message (Oscar's
dispatcher, Django's and Wagtail's password reset, our own fulfilment emails) only queues it,
and the ``deliver_email`` task hands it to the real server named by ``EMAIL_URL``, retrying
with a growing delay while that server is down.
"""
