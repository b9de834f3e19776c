#include "report/document.hpp"

namespace agora::report {

Inline plain(std::string text) {
  return {Span{std::move(text)}};
}

}  // namespace agora::report
