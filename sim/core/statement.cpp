#include "sim/core/statement.hpp"

#include <sstream>

namespace agora {

std::string Statement::describe() const {
  std::ostringstream out;
  out << key << "(";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i) out << ", ";
    std::visit(
        [&out](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>)
            out << "null";
          else
            out << v;
        },
        args[i].value);
    if (!args[i].unit.empty()) out << " " << args[i].unit;
  }
  out << ")";
  return out.str();
}

}  // namespace agora
