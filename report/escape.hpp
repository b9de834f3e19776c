#pragma once
// Every string from a scenario or a map reaches the page through one of these: text for
// HTML/SVG (and Pango markup, which uses the same five entities) with &, <, >, " and '
// escaped. Invalid UTF-8 becomes U+FFFD and control characters other than tab and newline are
// dropped, so the output stays well-formed XML whatever the input held.

#include <string>
#include <string_view>

namespace agora::report {

// Valid UTF-8 without C0 controls (tab and newline kept) or DEL.
std::string clean_utf8(std::string_view text);

// clean_utf8, then the five XML entities: safe in element content and attribute values.
std::string escape_markup(std::string_view text);

// Standard base64 (RFC 4648) with padding, for data: URIs.
std::string base64(std::string_view bytes);

}  // namespace agora::report
