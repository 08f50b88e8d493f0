from .snippets import DiasporaAssociation  # noqa: F401
