"""What Textual puts in ``sys.stderr`` while an app runs: a capture with no file descriptor.

Imported by the scripts the helper-process tests run in a fresh interpreter (the helper's start
must survive it: see :mod:`corpus.processes`)."""


class Capture:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1
