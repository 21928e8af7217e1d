"""Talking to a CalDAV server through the `caldav` library: timeouts, verified TLS, counted requests.

Only this module opens sockets, and only when a command uses an account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from ..errors import CalendarServerError, InvalidInput
from ..i18n import _
from ..os_reasons import errno_reason
from .accounts import Account, check_url, get_password, is_plain_elsewhere, with_slash

TIMEOUT = 20.0  # seconds, for connecting and for each read of every request
XML = {"Content-Type": "application/xml; charset=utf-8"}
ICS = {"Content-Type": "text/calendar; charset=utf-8"}
DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"

_PROPFIND_ETAGS = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/>'
                   '<d:resourcetype/></d:prop></d:propfind>')
_PROPFIND_COLLECTION = (
    '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    '<d:prop><d:resourcetype/><d:displayname/><d:sync-token/><d:supported-report-set/>'
    '<c:supported-calendar-component-set/></d:prop></d:propfind>')
_SYNC = ('<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:"><d:sync-token>{token}'
         '</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>')
_MKCALENDAR = (
    '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    '<d:set><d:prop><d:displayname>{name}</d:displayname><c:supported-calendar-component-set>'
    '<c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>')


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CalendarGone(CalendarServerError):
    """A calendar we pushed to is no longer on the server (someone deleted it)."""


@dataclass
class Response:
    """What a request got back: status, ETag, body and the parsed XML (if any)."""

    status: int
    etag: str | None
    text: str
    tree: object | None = None
    headers: dict = field(default_factory=dict)


@dataclass
class Listing:
    """The resources of a calendar and their ETags: all of them, or those changed since a sync token."""

    etags: dict[str, str | None]  # href (path) -> ETag ("" if the server gives none), None when removed
    complete: bool  # a full listing: a resource not named here is not on the server
    token: str | None  # the sync token to give next time (None: the server offers none)
    used_token: bool = False


@dataclass
class Capabilities:
    """What `caldav test` found on the server."""

    principal: str
    home: str
    calendars: list[tuple[str, str, tuple[str, ...]]]  # (URL, name, components)
    sync_tokens: bool
    dav: str


@dataclass
class Counter:
    """How many requests a connection sent, by method."""

    by_method: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """All requests."""
        return sum(self.by_method.values())

    @property
    def writes(self) -> int:
        """Requests that change the server."""
        return sum(n for m, n in self.by_method.items() if m in ("PUT", "DELETE", "MKCALENDAR", "PROPPATCH"))


def _reason(error: BaseException) -> str:
    """The short cause of a network failure ('connection refused', 'timed out', a TLS error), in the user's language."""
    text = str(error)
    found = re.search(r"\[Errno (-?\d+)\] ([^'\")\]]+)", text)
    if found:
        code = int(found.group(1))
        return (errno_reason(code) if code >= 0 else _name_reason(code)) or found.group(2).strip()
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return _("no answer in time")
    if "certificate" in lowered or "ssl" in lowered:
        return _("the server's certificate cannot be verified")
    return text.split("\n")[0][:160] or type(error).__name__


def _name_reason(code: int) -> str | None:
    """getaddrinfo's negative codes ('Name or service not known'), in the user's language."""
    import socket

    if code in {getattr(socket, name, None) for name in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")}:
        return _("the server's name is not known (check the address)")
    if code in {getattr(socket, name, None) for name in ("EAI_AGAIN", "EAI_FAIL")}:
        return _("the server's name cannot be looked up now (is the network down?)")
    return None


def path_of(url: str) -> str:
    """The path of a URL, unquoted, as hrefs are compared."""
    return unquote(urlsplit(url).path)


class Connection:
    """One account's connection: every request has a timeout, TLS is verified, each request is counted."""

    def __init__(self, found: Account, *, timeout: float = TIMEOUT, password: str | None = None) -> None:
        check_url(found.url, insecure=found.insecure)  # also for accounts edited behind our back
        import caldav  # only here: the library and its HTTP stack load when a command talks to a server

        self.account = found
        self.counter = Counter()
        self.keyring_problem = ""
        secret = password
        if secret is None:
            try:
                secret = get_password(found)
            except InvalidInput as problem:  # an account without password still works without a keyring
                self.keyring_problem = str(problem)
        self.client = caldav.DAVClient(url=found.url, username=found.username, password=secret or "",
                                       timeout=timeout, ssl_verify_cert=True, enable_rfc6764=False)
        self.client.session.trust_env = False  # no proxy or .netrc from the environment changes where we connect

    def close(self) -> None:
        """Close the connection."""
        self.client.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def url(self, href: str) -> str:
        """An absolute URL for a path the server gave."""
        return urljoin(self.account.url, href)

    def request(self, method: str, url: str, body: str | bytes = "", headers: dict | None = None) -> Response:
        """Send one request; network failures and authentication refusals become CalendarServerError."""
        from caldav.lib import error as dav_error

        if is_plain_elsewhere(url, insecure=self.account.insecure):  # an href the server gave, say
            raise CalendarServerError(_("{account}: the server pointed to {url}, plain http:// to another machine; "
                                        "refused: the password would cross the network unencrypted").format(
                account=self.account.name, url=url))
        self.counter.by_method[method] = self.counter.by_method.get(method, 0) + 1
        try:
            answer = self.client.request(url, method, body, headers or {})
        except dav_error.AuthorizationError as error:
            raise self._refused(getattr(error, "status", None), method, url) from None
        except dav_error.DAVError as error:
            raise CalendarServerError(_("{account}: {request} failed ({error})").format(
                account=self.account.name, request=f"{method} {path_of(url)}", error=error)) from None
        except OSError as error:  # connection refused or reset, name not found, timeout, TLS failure
            raise CalendarServerError(_("{account}: cannot reach {url} ({reason})").format(
                account=self.account.name, url=self.account.url, reason=_reason(error))) from None
        etag = answer.headers.get("ETag")
        text = answer._raw_body.decode("utf-8", "replace") if getattr(answer, "_raw_body", b"") else ""
        return Response(answer.status, etag, text, answer.tree, answer.headers)

    def _refused(self, status: int | None, method: str, url: str) -> CalendarServerError:
        """Why the server said 401 or 403, and what to do: the keyring, the address, or the password."""
        request = f"{method} {path_of(url)}"
        if self.keyring_problem:
            return CalendarServerError(_("{account}: the server asks for a password and {problem}; unlock the "
                                         "system keyring (or set one up), then try again ({request})").format(
                account=self.account.name, problem=self.keyring_problem, request=request))
        if status == 403:
            return CalendarServerError(_("{account}: the server refused {user} access to {path} (HTTP 403); check "
                                         "the account's address (--url) and calendar (--calendar)").format(
                account=self.account.name, user=self.account.username, path=path_of(url)))
        return CalendarServerError(_("{account}: the server refused the user name or password ({request}); to give "
                                     "the right password, remove the account and add it again").format(
            account=self.account.name, request=request))

    def expect(self, response: Response, method: str, url: str, *ok: int) -> Response:
        """`response`, or CalendarServerError when its status is not one of `ok`."""
        if response.status not in ok:
            raise CalendarServerError(_("{account}: {request} was refused (HTTP {status})").format(
                account=self.account.name, request=f"{method} {path_of(url)}", status=response.status))
        return response

    # -- discovery --------------------------------------------------------------------------

    def _propfind_href(self, url: str, prop: str, depth: int = 0) -> str | None:
        body = (f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                f'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><{prop}/></d:prop></d:propfind>')
        answer = self.expect(self.request("PROPFIND", url, body, {**XML, "Depth": str(depth)}),
                             "PROPFIND", url, 207)
        if answer.tree is None:
            return None
        for element in answer.tree.iter(f"{DAV}href"):
            if element.getparent() is not None and element.getparent().tag != f"{DAV}response":
                return element.text
        return None

    def home(self) -> str:
        """The account's calendar home (current-user-principal, then its calendar-home-set)."""
        principal = self._propfind_href(self.account.url, "d:current-user-principal")
        if principal is None:
            raise CalendarServerError(_("{account}: {url} does not say who the user is; is it a CalDAV address?")
                                      .format(account=self.account.name, url=self.account.url))
        home = self._propfind_href(self.url(principal), "c:calendar-home-set")
        if home is None:
            raise CalendarServerError(_("{account}: the server has no calendar home for {user}").format(
                account=self.account.name, user=self.account.username))
        return with_slash(self.url(home))

    def collection(self, url: str) -> dict | None:
        """A collection's properties (None if there is none at `url`)."""
        answer = self.request("PROPFIND", url, _PROPFIND_COLLECTION, {**XML, "Depth": "0"})
        if answer.status == 404:
            return None
        self.expect(answer, "PROPFIND", url, 207)
        tree = answer.tree
        found = {"calendar": False, "name": "", "components": (), "sync": False}
        if tree is None:
            return found
        found["calendar"] = tree.find(f".//{DAV}resourcetype/{CALDAV}calendar") is not None
        name = tree.find(f".//{DAV}displayname")
        found["name"] = (name.text or "") if name is not None else ""
        found["components"] = tuple(c.get("name") for c in tree.iter(f"{CALDAV}comp"))
        found["sync"] = (tree.find(f".//{DAV}supported-report-set//{DAV}sync-collection") is not None
                         or bool((tree.findtext(f".//{DAV}sync-token") or "").strip()))
        return found

    def make_calendar(self, url: str, name: str) -> None:
        """Create a calendar of events at `url`."""
        answer = self.request("MKCALENDAR", url, _MKCALENDAR.format(name=_xml_text(name)), XML)
        self.expect(answer, "MKCALENDAR", url, 201)

    def ensure_calendar(self, url: str, name: str) -> bool:
        """Make sure there is a calendar at `url` (creating it); whether it was created."""
        found = self.collection(url)
        if found is None:
            self.make_calendar(url, name)
            return True
        if not found["calendar"]:
            raise InvalidInput(_("{account}: {path} is not a calendar").format(account=self.account.name,
                                                                                path=path_of(url)))
        if found["components"] and "VEVENT" not in found["components"]:
            raise InvalidInput(_("{account}: the calendar {path} does not take events").format(
                account=self.account.name, path=path_of(url)))
        return False

    def capabilities(self) -> Capabilities:
        """What the server offers this account (for `caldav test`)."""
        options = self.request("OPTIONS", self.account.url)
        dav = options.headers.get("DAV", "") if options.status < 400 else ""
        home = self.home()
        answer = self.expect(self.request("PROPFIND", home, _PROPFIND_COLLECTION, {**XML, "Depth": "1"}),
                             "PROPFIND", home, 207)
        calendars, sync = [], False
        for response in answer.tree.iter(f"{DAV}response") if answer.tree is not None else ():
            if response.find(f".//{DAV}resourcetype/{CALDAV}calendar") is None:
                continue
            href = response.findtext(f"{DAV}href") or ""
            name = response.findtext(f".//{DAV}displayname") or ""
            components = tuple(c.get("name") for c in response.iter(f"{CALDAV}comp"))
            calendars.append((self.url(href), name, components))
            sync = sync or response.find(f".//{DAV}supported-report-set//{DAV}sync-collection") is not None
        principal = self._propfind_href(self.account.url, "d:current-user-principal") or ""
        return Capabilities(self.url(principal), home, calendars, sync, dav)

    # -- resources --------------------------------------------------------------------------

    def listing(self, url: str, token: str | None) -> Listing:
        """What a calendar holds: changes since `token` when the server takes it, else a full listing by ETag."""
        if token:
            try:
                answer = self.request("REPORT", url, _SYNC.format(token=_xml_text(token)), {**XML, "Depth": "0"})
            except CalendarServerError:  # the library reports a 403 (invalid token) as an authorization error
                answer = None
            if answer is not None and answer.status == 207 and answer.tree is not None:
                return self._sync_listing(answer, complete=False)
            # a refused token (403/409 valid-sync-token) or no sync support: compare everything by ETag
        try:  # a first sync: everything, and a token for next time
            answer = self.request("REPORT", url, _SYNC.format(token=""), {**XML, "Depth": "0"})
        except CalendarServerError:
            answer = None
        if answer is not None and answer.status == 207 and answer.tree is not None:
            return self._sync_listing(answer, complete=True)
        answer = self.request("PROPFIND", url, _PROPFIND_ETAGS, {**XML, "Depth": "1"})
        if answer.status == 404:
            raise CalendarGone(_("{account}: there is no calendar at {path}").format(account=self.account.name,
                                                                                      path=path_of(url)))
        self.expect(answer, "PROPFIND", url, 207)
        etags: dict[str, str | None] = {}
        for response in answer.tree.iter(f"{DAV}response") if answer.tree is not None else ():
            if response.find(f".//{DAV}resourcetype/{DAV}collection") is not None:
                continue
            href = response.findtext(f"{DAV}href")
            if href:
                etags[path_of(self.url(href))] = response.findtext(f".//{DAV}getetag") or ""  # "": there, no ETag
        return Listing(etags, complete=True, token=None)

    def _sync_listing(self, answer: Response, *, complete: bool) -> Listing:
        etags: dict[str, str | None] = {}
        for response in answer.tree.iter(f"{DAV}response"):
            href = response.findtext(f"{DAV}href")
            if not href:
                continue
            status = response.findtext(f"{DAV}status") or ""
            gone = " 404" in status
            etags[path_of(self.url(href))] = None if gone else (response.findtext(f".//{DAV}getetag") or "")
        token = (answer.tree.findtext(f"{DAV}sync-token") or "").strip() or None
        return Listing(etags, complete=complete, token=token, used_token=not complete)

    def etag(self, url: str) -> str | None:
        """A resource's ETag, asked for (for servers that give none after a PUT)."""
        answer = self.request("PROPFIND", url, _PROPFIND_ETAGS, {**XML, "Depth": "0"})
        if answer.status != 207 or answer.tree is None:
            return None
        return answer.tree.findtext(f".//{DAV}getetag")

    def get(self, url: str) -> Response:
        """A resource's body (status 404 when there is none)."""
        return self.request("GET", url, "", {"Accept": "text/calendar"})

    def put(self, url: str, body: bytes, *, etag: str | None, create: bool) -> Response:
        """Write a resource: a creation with If-None-Match: *, an update with If-Match (its ETag, or * if unknown)."""
        condition = {"If-None-Match": "*"} if create else {"If-Match": etag or "*"}
        return self.request("PUT", url, body, {**ICS, **condition})

    def events(self, url: str) -> list[str]:
        """The calendar data of every event in a calendar (one calendar-query REPORT)."""
        query = ('<?xml version="1.0" encoding="utf-8"?><c:calendar-query xmlns:d="DAV:" '
                 'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>'
                 '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter>'
                 '</c:filter></c:calendar-query>')
        answer = self.request("REPORT", url, query, {**XML, "Depth": "1"})
        if answer.status == 404:
            raise InvalidInput(_("{account}: there is no calendar at {path}").format(account=self.account.name,
                                                                                      path=path_of(url)))
        self.expect(answer, "REPORT", url, 207)
        if answer.tree is None:
            return []
        return [element.text for element in answer.tree.iter(f"{CALDAV}calendar-data") if element.text]
