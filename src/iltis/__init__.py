"""iltis: political event data from German news, offline and explained."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("iltis")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
