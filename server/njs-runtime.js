/**
 * What the redirect rule (lib/domain/views/redirect.ts) uses that Debian's nginx JavaScript
 * (njs 0.7.9) lacks: Set, URLSearchParams and Array.prototype.flatMap. The rule itself is
 * compiled to ES5 with the build (scripts/compile-view-rules.mjs) and runs after this file in
 * nginx (server/nginx-config.ts, the view pages' 308s).
 *
 * Only what the rule needs, and only for what nginx hands it: `kmapViewRedirect` (at the end)
 * lets nginx answer a URL only when it is plain ASCII without a percent-encoded byte above 0x7F,
 * so the form decoding below never meets UTF-8 and is exactly the WHATWG one for what it meets
 * (`+` is a space, `%XX` a byte, a `%` not followed by two hex digits stays). Anything else
 * returns "" and the server answers, as it does without nginx. tests/front/njs-view-rule.test.ts
 * runs this file in njs against the server's rule.
 *
 * Plain ES5 plus let/const-free syntax njs 0.7 parses: no classes, for…of, spread or defaults.
 */
var kmapNjs = (function () {
  function KSet(values) {
    this._items = [];
    if (values) for (var i = 0; i < values.length; i++) this.add(values[i]);
  }
  KSet.prototype.add = function (value) {
    if (this._items.indexOf(value) < 0) this._items.push(value);
    return this;
  };
  KSet.prototype.has = function (value) {
    return this._items.indexOf(value) >= 0;
  };
  Object.defineProperty(KSet.prototype, "size", {
    get: function () {
      return this._items.length;
    },
  });

  function iteratorOver(items) {
    var i = 0;
    return {
      next: function () {
        return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true };
      },
    };
  }
  KSet.prototype[Symbol.iterator] = function () {
    return iteratorOver(this._items.slice());
  };

  /** WHATWG percent-decoding of ASCII text (the caller has refused anything else). */
  function formDecode(text) {
    if (text.indexOf("+") < 0 && text.indexOf("%") < 0) return text;
    return text
      .split("+")
      .join(" ")
      .replace(/%([0-9A-Fa-f]{2})/g, function (all, hex) {
        return String.fromCharCode(parseInt(hex, 16));
      });
  }

  var FORM_SAFE = /^[A-Za-z0-9*\-._]*$/;

  /**
   * WHATWG application/x-www-form-urlencoded serialisation of one name or value: encodeURIComponent's UTF-8
   * escapes, with a space as "+" and the five characters it leaves that the form encoding escapes.
   */
  function formEncode(text) {
    if (FORM_SAFE.test(text)) return text;
    return encodeURIComponent(text)
      .replace(/%20/g, "+")
      .replace(/[!'()~]/g, function (c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
  }

  function KSearchParams(init) {
    this._list = [];
    if (typeof init === "string") {
      var query = init.charAt(0) === "?" ? init.slice(1) : init;
      var parts = query.split("&");
      for (var i = 0; i < parts.length; i++) {
        if (parts[i] === "") continue;
        var at = parts[i].indexOf("=");
        var name = at < 0 ? parts[i] : parts[i].slice(0, at);
        var value = at < 0 ? "" : parts[i].slice(at + 1);
        this._list.push([formDecode(name), formDecode(value)]);
      }
    } else if (init) {
      var keys = Object.keys(init);
      for (var k = 0; k < keys.length; k++) this._list.push([keys[k], String(init[keys[k]])]);
    }
  }
  KSearchParams.prototype.get = function (name) {
    for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === name) return this._list[i][1];
    return null;
  };
  KSearchParams.prototype.getAll = function (name) {
    var out = [];
    for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === name) out.push(this._list[i][1]);
    return out;
  };
  KSearchParams.prototype.has = function (name) {
    return this.get(name) !== null;
  };
  KSearchParams.prototype.append = function (name, value) {
    this._list.push([String(name), String(value)]);
  };
  KSearchParams.prototype.set = function (name, value) {
    var kept = [];
    var placed = false;
    for (var i = 0; i < this._list.length; i++) {
      if (this._list[i][0] !== name) kept.push(this._list[i]);
      else if (!placed) {
        kept.push([name, String(value)]);
        placed = true;
      }
    }
    if (!placed) kept.push([String(name), String(value)]);
    this._list = kept;
  };
  KSearchParams.prototype.toString = function () {
    var out = [];
    for (var i = 0; i < this._list.length; i++)
      out.push(formEncode(this._list[i][0]) + "=" + formEncode(this._list[i][1]));
    return out.join("&");
  };
  KSearchParams.prototype[Symbol.iterator] = function () {
    return iteratorOver(this._list.slice());
  };

  function flatMap(fn) {
    var out = [];
    for (var i = 0; i < this.length; i++) {
      var mapped = fn(this[i], i, this);
      if (Array.isArray(mapped)) for (var j = 0; j < mapped.length; j++) out.push(mapped[j]);
      else out.push(mapped);
    }
    return out;
  }

  return { Set: KSet, URLSearchParams: KSearchParams, flatMap: flatMap };
})();

if (typeof Set === "undefined") var Set = kmapNjs.Set;
if (typeof URLSearchParams === "undefined") var URLSearchParams = kmapNjs.URLSearchParams;
if (!Array.prototype.flatMap) Object.defineProperty(Array.prototype, "flatMap", { value: kmapNjs.flatMap });

/** What nginx can answer exactly as the server would: plain ASCII, no percent-encoded byte above 0x7F. */
var KMAP_NJS_ANSWERABLE = /^[\x21-\x7e]*$/;
var KMAP_NJS_HIGH_BYTE = /%[89A-Fa-f][0-9A-Fa-f]/;

/**
 * The 308's Location for a view page's URL (path and query, as sent), "" when there is none or when the
 * server must decide (non-ASCII, the search page, a rule error): then nginx proxies the request as before.
 * `kmapRule` is the compiled rule (scripts/compile-view-rules.mjs), `catalogue` the themes and topics.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the script nginx imports
function kmapViewRedirect(uri, catalogue) {
  if (!KMAP_NJS_ANSWERABLE.test(uri) || KMAP_NJS_HIGH_BYTE.test(uri)) return "";
  if (uri.slice(0, 8) === "/search?" || uri === "/search") return "";
  try {
    var location = kmapRule.canonicalRedirect(uri, { catalogue: catalogue, prerendered: new Set() });
    return location === null ? "" : location;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- njs 0.7 needs the binding
  } catch (_error) {
    return "";
  }
}
