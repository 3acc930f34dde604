"""Zips written from pieces compressed once and kept between runs (issue 13: the package
zip and the JSON zip were compressed whole again on every add).

An entry's data is a raw deflate stream made of pieces, each compressed on its own (a
fresh compressor ended with a sync flush: byte-aligned, no reference back into an earlier
piece), closed by one empty final block: it inflates to the pieces' bytes joined. The
entry's CRC-32 is combined from the pieces' CRCs and sizes, so a kept piece is never read
uncompressed. A piece is kept in the site cache under a key naming what it was made from
(a package file's sha256), so the zip of a package of which one part changed compresses
that part again, and takes the others as they were. The bytes depend only on the pieces'
contents and boundaries: a cold build and an incremental one write the same zip.
"""
from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path
from typing import Callable, NamedTuple

from generator import cache

FINAL = b"\x03\x00"  # an empty final block (fixed codes): ends the stream
ZEROS = bytes(1 << 20)
VERSION = 20  # what a deflated entry needs to be extracted (as zipfile writes it)
UNIX = 3  # the system that made the entry (zipfile's value on Linux)
LIMIT = 0xFFFFFFFF  # past this a zip needs zip64 records, not written here


class Piece(NamedTuple):
    data: bytes  # compressed, ended with a sync flush
    crc: int  # CRC-32 of the uncompressed bytes
    size: int  # how many uncompressed bytes


def deflate(data: bytes) -> Piece:
    """One piece: data compressed on its own (zipfile's level), ended byte-aligned."""
    if not data:
        return Piece(b"", 0, 0)
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return Piece(compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH), zlib.crc32(data), len(data))


def _zeros_crc(crc: int, size: int) -> int:
    while size:
        step = min(size, len(ZEROS))
        crc = zlib.crc32(ZEROS[:step], crc)
        size -= step
    return crc


def crc32_combine(first: int, second: int, size: int) -> int:
    """CRC-32 of A + B from CRC-32(A), CRC-32(B) and len(B): the CRC is affine in its
    start value, so CRC(A + B) = CRC(zeros, CRC(A)) ^ CRC(zeros, 0) ^ CRC(B) with len(B)
    zero bytes."""
    if not size:
        return first
    return _zeros_crc(first, size) ^ _zeros_crc(0, size) ^ second


def join(pieces: list[Piece]) -> Piece:
    """One piece of pieces in order (each ends byte-aligned, so their data concatenate)."""
    crc, size = 0, 0
    for piece in pieces:
        crc = crc32_combine(crc, piece.crc, piece.size)
        size += piece.size
    return Piece(b"".join(p.data for p in pieces), crc, size)


class Kept:
    """Pieces kept in a cache folder under a hash of their key (generator/cache.py checks
    each before use); prune() forgets those a zip did not use."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.made = 0  # pieces compressed by this run (the others were kept)

    def __call__(self, key: str, make: Callable[[], bytes]) -> Piece:
        found = self.get(key)
        if found is not None:
            return found
        self.made += 1
        return self.put(key, deflate(make()))

    def get(self, key: str) -> Piece | None:
        """The piece kept under key (marked used), or None."""
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()
        self.used.add(name)
        if self.folder is not None:
            raw = cache.read(self.folder / name)
            if raw is not None and len(raw) >= 12:
                crc, size = struct.unpack("<LQ", raw[:12])
                return Piece(raw[12:], crc, size)
        return None

    def put(self, key: str, piece: Piece) -> Piece:
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()
        self.used.add(name)
        if self.folder is not None:
            cache.write(self.folder / name, struct.pack("<LQ", piece.crc, piece.size) + piece.data)
        return piece

    def prune(self) -> None:
        cache.prune(self.folder, self.used)


def write_zip(entries: list[tuple[str, list[Piece]]], stamp: tuple[int, int, int]) -> bytes:
    """A zip of these entries (name, its pieces in order), deflated, in this order, each
    with the date stamp at midnight and mode 0644 (the same bytes for the same pieces)."""
    year, month, day = stamp
    dosdate = (max(year, 1980) - 1980) << 9 | month << 5 | day
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, pieces in entries:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), 0x800
        crc, size = 0, 0
        for piece in pieces:
            crc = crc32_combine(crc, piece.crc, piece.size)
            size += piece.size
        data = b"".join(piece.data for piece in pieces) + FINAL
        if max(size, len(data), offset) >= LIMIT:
            raise ValueError(f"{name}: too large for a zip without zip64 records")
        head = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", VERSION, 0, flags, zlib.DEFLATED, 0, dosdate, crc, len(data), size,
                           len(encoded), 0)
        central.append(struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", VERSION, UNIX, VERSION, 0, flags, zlib.DEFLATED, 0, dosdate,
                                   crc, len(data), size, len(encoded), 0, 0, 0, 0, 0o644 << 16, offset) + encoded)
        out += [head, encoded, data]
        offset += len(head) + len(encoded) + len(data)
    directory = b"".join(central)
    if len(entries) >= 0xFFFF or offset + len(directory) >= LIMIT:
        raise ValueError("too many entries or bytes for a zip without zip64 records")
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(out) + directory + end
