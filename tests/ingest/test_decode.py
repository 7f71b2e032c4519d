import pytest

from iltis.ingest.decode import decode_bytes, looks_binary
from iltis.ingest.errors import InputError


def test_utf8_is_decoded_as_utf8():
    assert decode_bytes("Größe „Zitat“".encode()) == ("Größe „Zitat“", "utf-8")


def test_cp1252_quotes_survive_the_fallback():
    text, encoding = decode_bytes("„Frieden“ für Köln".encode("cp1252"))
    assert (text, encoding) == ("„Frieden“ für Köln", "cp1252")


def test_latin1_bytes_outside_cp1252_still_decode():
    # 0x81 is undefined in cp1252, so only latin-1 can read it
    text, encoding = decode_bytes(b"K\xf6ln \x81")
    assert encoding == "latin-1" and text.startswith("Köln")


def test_utf16_with_bom_is_decoded():
    assert decode_bytes("Berlin".encode("utf-16"))[0] == "Berlin"


def test_nul_bytes_mean_binary():
    assert looks_binary(b"PK\x03\x04\x00\x00abc")


def test_binary_data_raises_input_error():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)
