"""Errors the library raises. Messages say what went wrong and what to do about it.

Only the CLI turns these into exit codes and only the API into HTTP statuses.
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base class of every error tacitus raises on purpose."""

    code = "error"


class InputError(TacitusError):
    """The input cannot be read as an article (missing file, unknown format)."""

    code = "input_error"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class TooLargeError(InputError):
    code = "too_large"


class LanguageError(InputError):
    code = "not_english"


class MalformedRecordError(InputError):
    code = "malformed_record"


class OutputError(TacitusError):
    """An output file or folder cannot be created or written."""

    code = "output"


class DataFileError(TacitusError):
    """A packaged or user-supplied data file is missing or has a bad row."""

    code = "data_file"


class ModelError(TacitusError):
    """The spaCy model is not installed or cannot be loaded."""

    code = "model"


class StoreError(TacitusError):
    """The store cannot be opened, migrated, written or queried."""

    code = "store"


class ClusterError(TacitusError):
    """The Dask cluster could not be reached, started or used."""

    code = "cluster"


class ChartError(TacitusError):
    """A chart cannot be drawn (matplotlib is missing, or the file cannot be written)."""

    code = "chart"
