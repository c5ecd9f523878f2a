// dla search: the notes' text through the index's text table (index/search); dla sql and
// dla db export: the index's tables read in SQL or copied (index/sql).
#include <iostream>

#include "commands.hpp"
#include "options.hpp"
#include "report_options.hpp"
#include "dla/index/search.hpp"
#include "dla/index/sql.hpp"
#include "dla/render/search.hpp"
#include "dla/util/failure.hpp"

namespace dla::cli {

namespace {

// The run's index, brought up to date with the notes (an index in memory without one).
index::Index& fresh_database(Context& ctx) {
    index::Index* db = workspace::fresh_database(ctx.workspace);
    if (!db) throw util::Failure({util::Msg::db_unavailable, {}});
    return *db;
}

struct SearchOptions {
    std::string text;
    PeriodOptions period;
    std::string department;
};

int run_search(Context& ctx, const SearchOptions& o) {
    const std::string format = choose_format(ctx, "text");
    (void)index::match_expression(o.text);  // a mistake in the words is said before any reading
    const std::string department = department_option(o.department, ctx);
    index::Index& db = fresh_database(ctx);
    // The series as the notes or dla.yaml write it, and the dates, as the reports check them.
    std::vector<model::Meeting> known;
    if (!o.period.series.empty())
        for (const auto& row : index::run_sql(db, "SELECT DISTINCT series FROM notes WHERE series IS NOT NULL").rows)
            known.push_back([&] { model::Meeting m; m.series = row[0].text; return m; }());
    const query::MeetingScope scope = meeting_scope(ctx, o.period, known);
    index::SearchFilter filter{scope.series, scope.since, scope.until, department};
    if (const auto* d = department.empty() ? nullptr : model::find_department(ctx.workspace.config, department))
        filter.department = d->id;
    const auto hits = index::search(db, o.text, filter);
    if (format == "json") std::cout << render::search_json(hits);
    else std::cout << render::search_text(hits, ctx.lang, ctx.style);
    if (hits.empty() && format != "json") std::cerr << util::tr(ctx.lang, util::Msg::search_no_hit, o.text) << '\n';
    return hits.empty() ? 1 : 0;
}

int run_sql(Context& ctx, const std::string& query) {
    const std::string format = choose_format(ctx, "table");
    const index::SqlResult result = index::run_sql(fresh_database(ctx), query);
    if (format == "json") std::cout << render::sql_json(result);
    else if (format == "csv") std::cout << render::sql_csv(result);
    else std::cout << render::sql_table(result, ctx.width, ctx.style);
    return 0;
}

int run_db_export(Context& ctx, const std::string& file, bool force) {
    index::Index& db = fresh_database(ctx);
    const std::filesystem::path target = std::filesystem::path(file).is_absolute() ? std::filesystem::path(file) : ctx.cwd / file;
    index::export_database(db, target, file, force);
    const auto count = index::run_sql(db, "SELECT count(*) FROM notes");
    std::cout << util::tr(ctx.lang, util::Msg::db_exported, file, count.rows.at(0).at(0).text) << '\n';
    return 0;
}

}  // namespace

void register_search(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto o = std::make_shared<SearchOptions>();
    CLI::App* cmd = app.add_subcommand("search", util::tr(lang, util::Msg::cmd_search));
    cmd->add_option("text", o->text, util::tr(lang, util::Msg::opt_search_text))
        ->required()
        ->type_name(util::tr(lang, util::Msg::type_text));
    add_period_options(cmd, o->period, false, lang);
    cmd->add_option("--series", o->period.series, util::tr(lang, util::Msg::opt_search_series))->type_name("ID");
    add_department_option(cmd, "--department", o->department, util::tr(lang, util::Msg::opt_search_department));
    cmd->footer(std::string(util::text(util::Msg::footer_search, lang)));
    cmd->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_search(ctx, *o); }; });
}

void register_sql(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    auto query = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("sql", util::tr(lang, util::Msg::cmd_sql));
    cmd->add_option("query", *query, util::tr(lang, util::Msg::opt_sql_query))->required()->type_name("SQL");
    cmd->footer(std::string(util::text(util::Msg::footer_sql, lang)));
    cmd->callback([&selected, query] { selected.run = [query](Context& ctx) { return run_sql(ctx, *query); }; });
}

void register_db(CLI::App& app, Selected& selected) {
    const util::Lang lang = selected.lang;
    CLI::App* cmd = app.add_subcommand("db", util::tr(lang, util::Msg::cmd_db));
    cmd->require_subcommand(1);
    cmd->footer(std::string(util::text(util::Msg::footer_db, lang)));
    struct ExportOptions {
        std::string file;
        bool force = false;
    };
    auto o = std::make_shared<ExportOptions>();
    CLI::App* exp = cmd->add_subcommand("export", util::tr(lang, util::Msg::cmd_db_export));
    exp->add_option("file", o->file, util::tr(lang, util::Msg::opt_db_export_file))
        ->required()
        ->type_name(util::tr(lang, util::Msg::type_file));
    exp->add_flag("--force", o->force, util::tr(lang, util::Msg::opt_db_export_force));
    exp->footer(std::string(util::text(util::Msg::footer_db_export, lang)));
    exp->callback([&selected, o] { selected.run = [o](Context& ctx) { return run_db_export(ctx, o->file, o->force); }; });
}

}  // namespace dla::cli
