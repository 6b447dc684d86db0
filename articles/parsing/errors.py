class DumpError(ValueError):
    """A file that cannot be read as a dump; the message is the one-line reason shown to the operator."""
