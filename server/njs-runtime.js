/**
 * What the redirect rule (lib/domain/views/redirect.ts) uses that Debian's nginx JavaScript (njs 0.7.9) lacks:
 * Set, URLSearchParams, Array.prototype.flatMap and String.prototype.replaceAll. The rule itself is compiled to
 * ES5 with the build (scripts/compile-view-rules.mjs) and runs after this file in nginx (server/nginx-config.ts,
 * the view pages' 308s).
 *
 * Only what the rule needs, and only for what nginx hands it: `kmapViewRedirect` (at the end) lets nginx answer
 * a URL only when it is plain ASCII without a percent-encoded byte above 0x7F, so the form decoding below never
 * meets UTF-8 and is exactly the WHATWG one for what it meets (`+` is a space, `%XX` a byte, a `%` not followed
 * by two hex digits stays). Anything else returns "" and the server answers, as it does without nginx.
 * tests/front/view-redirect.test.ts asks nginx and the server for 400 pasted links and compares the answers.
 *
 * Syntax njs 0.7 parses: ES5 with let/const, no classes, for…of, spread, destructuring or default parameters.
 */
var kmapNjs = (function () {
  /** Built from a list in one copy; duplicates are dropped only when size or iteration needs it. */
  function KSet(values) {
    if (values !== undefined && !Array.isArray(values)) throw new TypeError("Set: only built from an array here");
    this._items = values ? values.slice() : [];
    this._unique = !values;
  }
  KSet.prototype._dedupe = function () {
    if (this._unique) return;
    var items = [];
    for (var i = 0; i < this._items.length; i++) if (items.indexOf(this._items[i]) < 0) items.push(this._items[i]);
    this._items = items;
    this._unique = true;
  };
  KSet.prototype.add = function (value) {
    if (this._items.indexOf(value) < 0) this._items.push(value);
    return this;
  };
  KSet.prototype.has = function (value) {
    return this._items.indexOf(value) >= 0;
  };
  Object.defineProperty(KSet.prototype, "size", {
    get: function () {
      this._dedupe();
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
    this._dedupe();
    return iteratorOver(this._items.slice());
  };

  // njs 0.7 interprets a loop over a string's characters slowly: where a native call (indexOf,
  // encodeURIComponent, a one-class regular expression) decides the same, it is used instead.

  function isHexDigit(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  }

  /** WHATWG percent-decoding of ASCII text (the caller has refused anything else). */
  function formDecode(text) {
    if (text.indexOf("+") >= 0) text = text.split("+").join(" ");
    if (text.indexOf("%") < 0) return text;
    var out = "";
    for (var i = 0; i < text.length; i++) {
      if (text.charAt(i) === "%" && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
        out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else out += text.charAt(i);
    }
    return out;
  }

  /**
   * Whether the form encoding leaves `text` as it is: ASCII letters, digits and * - . _ only. encodeURIComponent
   * leaves those and ! ' ( ) ~ as they are, and changes everything else.
   */
  function isFormSafe(text) {
    if (encodeURIComponent(text) !== text) return false;
    var unreserved = "!'()~";
    for (var k = 0; k < unreserved.length; k++) if (text.indexOf(unreserved.charAt(k)) >= 0) return false;
    return true;
  }

  /**
   * WHATWG application/x-www-form-urlencoded serialisation of one name or value: encodeURIComponent's UTF-8
   * escapes, with a space as "+" and the five characters it leaves that the form encoding escapes.
   */
  function formEncode(text) {
    if (isFormSafe(text)) return text;
    var out = encodeURIComponent(text);
    if (out.indexOf("%20") >= 0) out = out.split("%20").join("+");
    var kept = "!'()~";
    for (var k = 0; k < kept.length; k++) {
      var c = kept.charAt(k);
      if (out.indexOf(c) >= 0) out = out.split(c).join("%" + c.charCodeAt(0).toString(16).toUpperCase());
    }
    return out;
  }

  /**
   * Whether nginx can answer `uri` exactly as the server would: plain ASCII (0x21–0x7E) without a
   * percent-encoded byte above 0x7F, so that decoding never meets UTF-8.
   */
  var PRINTABLE_ASCII = /^[!-~]*$/;
  function isAnswerable(uri) {
    if (uri.indexOf("%") < 0) return PRINTABLE_ASCII.test(uri);
    for (var i = 0; i < uri.length; i++) {
      var c = uri.charCodeAt(i);
      if (c < 0x21 || c > 0x7e) return false;
      if (c !== 37 || !isHexDigit(uri.charCodeAt(i + 2))) continue;
      var high = uri.charCodeAt(i + 1);
      if (high === 56 || high === 57 || (high >= 65 && high <= 70) || (high >= 97 && high <= 102)) return false;
    }
    return true;
  }

  /** String.prototype.replaceAll with a string pattern (the rule's only use). */
  function replaceAll(pattern, replacement) {
    if (typeof pattern !== "string" || typeof replacement !== "string")
      throw new TypeError("replaceAll: only string patterns and replacements here");
    return String(this).split(pattern).join(replacement);
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
  KSearchParams.prototype.forEach = function (fn) {
    var list = this._list.slice();
    for (var i = 0; i < list.length; i++) fn(list[i][1], list[i][0], this);
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

  return {
    Set: KSet,
    URLSearchParams: KSearchParams,
    flatMap: flatMap,
    replaceAll: replaceAll,
    isAnswerable: isAnswerable,
  };
})();

// njs 0.7 has neither: these names are the module's own.
var Set = kmapNjs.Set;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the compiled rule that follows this file
var URLSearchParams = kmapNjs.URLSearchParams;
if (!Array.prototype.flatMap) Object.defineProperty(Array.prototype, "flatMap", { value: kmapNjs.flatMap });
if (!String.prototype.replaceAll) Object.defineProperty(String.prototype, "replaceAll", { value: kmapNjs.replaceAll });

/**
 * The 308's Location for a view page's URL (path and query, as sent), "" when there is none or when the
 * server must decide (non-ASCII, the search page, a rule error): then nginx proxies the request as before.
 * `kmapRule` is the compiled rule (scripts/compile-view-rules.mjs), `catalogue` the themes and topics.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the script nginx imports
function kmapViewRedirect(uri, catalogue) {
  if (!kmapNjs.isAnswerable(uri)) return "";
  if (uri.slice(0, 8) === "/search?" || uri === "/search") return "";
  try {
    var location = kmapRule.canonicalRedirect(uri, { catalogue: catalogue, prerendered: new Set() });
    return location === null ? "" : location;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- njs 0.7 needs the binding
  } catch (_error) {
    return "";
  }
}
