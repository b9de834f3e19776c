#pragma once
// agora suggest-barriers SCENARIO [--classes M1,N3] [--budget EUR] [--prices FILE] -o DIR:
// the cheapest set of catalogue barrier products that makes every approach adequate by
// rating for the classes, with fire access and exits kept (app/suggest/suggest_barriers.hpp).
// Registered through register_suggest_barriers (command.hpp).
