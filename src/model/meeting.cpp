#include "dla/model/meeting.hpp"

namespace dla::model {

std::string_view to_string(ActionStatus status) {
    switch (status) {
    case ActionStatus::open: return "open";
    case ActionStatus::done: return "done";
    case ActionStatus::cancelled: return "cancelled";
    }
    return "open";
}

}  // namespace dla::model
