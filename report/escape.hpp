#pragma once
// Every string from a scenario or a map reaches the page through one of these: text for
// HTML/SVG (and Pango markup, which uses the same five entities) with &, <, >, " and '
// escaped. Invalid UTF-8 becomes U+FFFD and control characters other than tab and newline are
// dropped, so the output stays well-formed XML whatever the input held.

#include <string>
#include <string_view>

namespace agora::report {

// Valid UTF-8 without C0 controls (tab and newline kept), DEL or the data marks below.
std::string clean_utf8(std::string_view text);

// clean_utf8, then the five XML entities: safe in element content and attribute values.
std::string escape_markup(std::string_view text);

// Text that is data, not words of the report (names of stalls, exits and streets, product
// names, file paths, profile keys), between U+2068 FIRST STRONG ISOLATE and U+2069 POP
// DIRECTIONAL ISOLATE, the Unicode marks for embedded text. The HTML writer turns them into an
// element with translate="no" (a Dutch report may hold German street names); clean_utf8, and
// so every other writer, drops them.
inline constexpr std::string_view kDataOpen = "\xE2\x81\xA8";
inline constexpr std::string_view kDataClose = "\xE2\x81\xA9";
std::string as_data(std::string_view text);

// escape_markup for element content, with each marked stretch of data inside
// <tag translate="no">...</tag> (unbalanced marks are closed or dropped, so the markup stays
// well-formed).
std::string escape_markup_marking_data(std::string_view text, std::string_view tag);

// Standard base64 (RFC 4648) with padding, for data: URIs.
std::string base64(std::string_view bytes);

}  // namespace agora::report
