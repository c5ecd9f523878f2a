#include "options.hpp"

#include <charconv>
#include <cstdlib>

#include "dla/util/date_option.hpp"
#include "dla/util/failure.hpp"

namespace dla::cli {

CLI::Option* add_date_option(CLI::App* cmd, const std::string& name, std::string& value, const std::string& description) {
    return cmd->add_option(name, value, description)->type_name("DATE");
}

namespace {

util::Date checked(const std::string& name, const util::Parsed<util::Date>& parsed, util::Lang lang) {
    if (const auto* d = std::get_if<util::Date>(&parsed)) return *d;
    throw util::Failure({util::Msg::bad_date_option, {name, std::get<util::DateError>(parsed).in(lang)}});
}

}  // namespace

std::optional<util::Date> date_option(const std::string& name, const std::string& text, const Context& ctx) {
    if (text.empty()) return std::nullopt;
    return checked(name, util::parse_date_option(text, ctx.today), ctx.lang);
}

util::Date today_option(const std::string& name, const std::string& text, util::Lang lang) {
    return checked(name, util::parse_date(text, std::nullopt), lang);
}

CLI::Option* add_department_option(CLI::App* cmd, const std::string& name, std::string& value,
                                   const std::string& description) {
    return cmd->add_option(name, value, description)->type_name("ID");
}

std::string department_option(const std::string& text, const Context& ctx) {
    const auto& config = ctx.workspace.config;
    if (text.empty() || config.departments.empty() || model::find_department(config, text)) return text;
    std::string ids;
    for (const auto& d : config.departments) ids += (ids.empty() ? "" : ", ") + d.id;
    throw util::Failure({util::Msg::unknown_department_option, {text, ids}});
}

std::int64_t ics_stamp(const Context& ctx) {
    const char* env = std::getenv("SOURCE_DATE_EPOCH");
    if (!env || !*env) return static_cast<std::int64_t>(util::to_days(ctx.today)) * 86400;
    const std::string_view text(env);
    std::int64_t seconds = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || seconds < 0)
        throw util::Failure({util::Msg::calendar_bad_epoch, {std::string(text)}});
    return seconds;
}

}  // namespace dla::cli
