#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Appends N chained journal entries to a ScimDesk database (schema 3) for the audit benchmark, computing each
# entry's hash with the canonical encoding of docs/ARCHITECTURE.md ("Audit chain") independently of the C++ code:
# `scimdesk audit verify` accepting the result checks the documented encoding as well.
# Usage: audit_seed.py DATABASE DIRECTORY N
import hashlib
import sqlite3
import struct
import sys
import time

COLUMNS = ["at_ms", "directory_id", "directory", "client", "user_agent", "method", "path", "status", "latency_us",
           "meaning", "resource_type", "resource_id", "request_body", "response_body"]


def encode(previous, row):
    at_ms, directory_id, directory, client, agent, method, path, status, latency, meaning, rtype, rid, req, resp = row
    parts = [b"scimdesk:journal:1\0", previous, struct.pack(">q", at_ms)]
    parts.append(b"\0" if directory_id is None else b"\1" + struct.pack(">q", directory_id))
    for text in (directory, client, agent, method, path):
        data = text.encode()
        parts += [struct.pack(">I", len(data)), data]
    parts += [struct.pack(">q", status), struct.pack(">q", latency)]
    for value in (meaning, rtype, rid, req, resp):
        data = value.encode() if isinstance(value, str) else value
        parts += [struct.pack(">I", len(data)), data]
    return b"".join(parts)


def main():
    path, directory, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    directory_id = db.execute("SELECT id FROM directories WHERE name = ?", (directory,)).fetchone()[0]
    head = db.execute("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    previous = head[0] if head else bytes(32)
    start = int(time.time() * 1000) - count  # one entry a millisecond, ending now
    base = f"/scim/v2/{directory}"
    agent = "Okta SCIM Client 1.0.0"
    ok_body = b'{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}'
    began = time.time()
    db.execute("BEGIN IMMEDIATE")
    sql = ("INSERT INTO journal (" + ", ".join(COLUMNS) + ", prev_hash, hash) VALUES (" +
           ", ".join("?" * (len(COLUMNS) + 2)) + ")")
    batch = []
    for i in range(count):
        kind = i % 20
        client = f"10.0.{i % 7}.{i % 250}"
        if kind < 12:  # Okta's reads
            row = (start + i, directory_id, directory, client, agent, "GET", base + "/Users?filter=userName%20eq%20%22u"
                   + str(i) + "%22", 200, 900, "looked up a user by userName", "User", "", b"", ok_body)
        elif kind < 15:  # changes
            row = (start + i, directory_id, directory, client, agent, "POST", base + "/Users", 201, 2500,
                   f"created user u{i}@example.com", "User", f"id-{i}",
                   b'{"userName":"u%d@example.com","password":"[redacted]"}' % i, b'{"id":"id-%d"}' % i)
        elif kind < 17:  # conflicts
            row = (start + i, directory_id, directory, client, agent, "POST", base + "/Users", 409, 1200,
                   f'refused (409): userName "u{i}@example.com" is already taken', "User", "",
                   b'{"userName":"u%d@example.com"}' % i, b'{"status":"409","scimType":"uniqueness"}')
        elif kind < 18:  # unknown ids
            row = (start + i, directory_id, directory, client, agent, "GET", base + f"/Users/id-{i}", 404, 700,
                   f"refused (404): no user with id id-{i}", "User", f"id-{i}", b"", b'{"status":"404"}')
        elif kind < 19:  # bad tokens: refused before the directory is known
            row = (start + i, None, directory, client, "curl/8.0", "GET", base + "/Users", 401, 300,
                   "refused (401): The bearer token is not valid for this SCIM base URL", "", "", b"",
                   b'{"status":"401"}')
        else:  # lockouts
            row = (start + i, None, directory, client, "curl/8.0", "GET", base + "/Users", 429, 200,
                   "refused (429): too many bad tokens from this address", "", "", b"", b'{"status":"429"}')
        digest = hashlib.sha256(encode(previous, row)).digest()
        batch.append(row + (previous, digest))
        previous = digest
        if len(batch) == 10000:
            db.executemany(sql, batch)
            batch.clear()
    if batch:
        db.executemany(sql, batch)
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"seeded {count} journal entries in {time.time() - began:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
