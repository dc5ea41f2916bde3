"""``whaapy-sandbox``: run the local Whaapy-compatible server from a terminal."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from whaapy_contacts.api.netaddr import is_loopback
from whaapy_contacts.sandbox.routes import ALL_SCOPES
from whaapy_contacts.sandbox.server import DEFAULT_KEY, DEFAULT_RATE_LIMIT, SandboxServer
from whaapy_contacts.sandbox.store import PHONE_MATCHES

_DESCRIPTION = (
    "Run a local Whaapy-compatible API (contacts, funnel, team) backed by SQLite, for "
    "training mode and tests. Prints 'listening on URL' once ready; SIGINT/SIGTERM stop it."
)
_KEY_HELP = (
    "API key to accept, optionally with scopes: KEY or KEY:scope,scope (repeatable). "
    f"Scopes: {', '.join(sorted(ALL_SCOPES))}. A bare KEY gets every scope. "
    f"Default: {DEFAULT_KEY} with every scope."
)
_RATE_HELP = (
    "requests per minute per account, as Whaapy publishes; above it a 429 with Retry-After. "
    "Every key of one account shares the budget. 0 = unlimited (default: %(default)s)"
)
_ACCOUNT_HELP = (
    "put keys in an account of their own, with its own rate-limit budget: NAME=KEY,KEY "
    "(repeatable). Keys not named here share one account. Data is shared by every key."
)
_PHONE_HELP = (
    "how numbers are matched for duplicates and searches: 'canonical' (default: +52 1 55... and "
    "+52 55... are one number) or 'literal' (stored and compared exactly as sent, as a server "
    "that keeps numbers literally would)"
)
_FIELDS_HELP = (
    "a JSON file: what GET /contacts/v1/fields answers, verbatim (default: five sample fields "
    "of each type)"
)
_REMOTE_HELP = (
    "Allow a non-loopback --host. The sandbox has no TLS and well-known keys, so anyone who "
    "can reach it can read and change its data; only use this on a trusted network."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="whaapy-sandbox", description=_DESCRIPTION)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--db", metavar="PATH", help="SQLite file to keep data in (default: memory)"
    )
    parser.add_argument(
        "--key", action="append", default=[], metavar="KEY[:SCOPES]", help=_KEY_HELP
    )
    parser.add_argument("--allow-remote", action="store_true", help=_REMOTE_HELP)
    parser.add_argument(
        "--rate-limit", type=int, default=DEFAULT_RATE_LIMIT, metavar="N", help=_RATE_HELP
    )
    parser.add_argument(
        "--account", action="append", default=[], metavar="NAME=KEY,KEY", help=_ACCOUNT_HELP
    )
    parser.add_argument(
        "--phone-match", choices=PHONE_MATCHES, default="canonical", help=_PHONE_HELP
    )
    parser.add_argument("--fields", metavar="FILE", help=_FIELDS_HELP)
    return parser


def read_fields(path: str | None) -> object:
    """The JSON ``GET /contacts/v1/fields`` answers (None: the sample fields)."""
    if path is None:
        return None
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def parse_accounts(texts: Sequence[str], keys: Sequence[str]) -> dict[str, str]:
    """``NAME=KEY,KEY`` options as ``{key: account}``; every key must be one being served."""
    accounts: dict[str, str] = {}
    for text in texts:
        name, sep, key_text = text.partition("=")
        members = [key.strip() for key in key_text.split(",") if key.strip()]
        if not (name.strip() and sep and members):
            raise ValueError(f"expected NAME=KEY[,KEY...], got {text!r}")
        for key in members:
            if key not in keys:
                raise ValueError(f"{key!r} is not one of the --key keys")
            if accounts.setdefault(key, name.strip()) != name.strip():
                raise ValueError(f"{key!r} is in two accounts")
    return accounts


def parse_key(text: str) -> tuple[str, frozenset[str]]:
    """``KEY`` or ``KEY:scope,scope`` (scopes contain ``:``, so split at the first one only)."""
    key, sep, scope_text = text.partition(":")
    if not key:
        raise ValueError(f"empty key in {text!r}")
    if not sep:
        return key, ALL_SCOPES
    scopes = frozenset(s.strip() for s in scope_text.split(",") if s.strip())
    unknown = scopes - ALL_SCOPES
    if unknown:
        raise ValueError(f"unknown scopes: {', '.join(sorted(unknown))}")
    return key, scopes


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not (args.allow_remote or is_loopback(args.host)):
        parser.error(f"--host {args.host} is not a loopback address; add --allow-remote")
    try:
        keys = dict(parse_key(text) for text in args.key) or None
    except ValueError as exc:
        parser.error(f"--key: {exc}")
    if args.rate_limit < 0:
        parser.error("--rate-limit: must be 0 (unlimited) or more")
    try:
        accounts = parse_accounts(args.account, list(keys) if keys else [DEFAULT_KEY])
    except ValueError as exc:
        parser.error(f"--account: {exc}")
    try:
        fields = read_fields(args.fields)
    except (OSError, ValueError) as exc:
        parser.error(f"--fields: {exc}")
    logging.basicConfig(
        stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )
    server = SandboxServer(
        db_path=args.db, host=args.host, port=args.port, keys=keys,
        rate_limit=args.rate_limit, accounts=accounts, phone_match=args.phone_match,
        fields=fields,
    )  # fmt: skip
    return _run(server)


def _run(server: SandboxServer) -> int:
    """Serve until SIGINT or SIGTERM; report the URL on stdout once listening."""

    def on_signal(signum: int, frame: FrameType | None) -> None:
        logging.getLogger(__name__).info("signal %d: shutting down", signum)
        server.request_shutdown()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
    except OSError as exc:
        print(f"whaapy-sandbox: cannot listen: {exc}", file=sys.stderr)
        return 1
    try:
        print(f"listening on {server.url}", flush=True)
        server.serve_forever()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
