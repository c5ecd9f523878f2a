#include "dla/parse/yaml.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace dla::parse {

namespace {

// yaml-cpp's messages are English sentences: the common ones are said in the user's
// language, with a hint; the rare ones are shown as yaml-cpp wrote them.
std::string explain(const std::string& yaml_message, util::Lang lang) {
    using util::Msg;
    struct Known {
        const char* prefix;
        Msg msg;
    };
    static constexpr Known known[] = {
        {"illegal tab when looking for indentation", Msg::yaml_tab},
        {"illegal map value", Msg::yaml_map_value},
        {"end of map not found", Msg::yaml_unclosed},
        {"end of map flow not found", Msg::yaml_unclosed},
        {"end of sequence not found", Msg::yaml_unclosed},
        {"end of sequence flow not found", Msg::yaml_unclosed},
        {"illegal EOF in scalar", Msg::yaml_unclosed_quote},
        {"unknown escape character", Msg::yaml_escape},
        {"illegal block entry", Msg::yaml_block_entry},
        {"the referenced anchor is not defined", Msg::yaml_alias},
    };
    for (const auto& k : known)
        if (yaml_message.starts_with(k.prefix)) return util::tr(lang, k.msg);
    return util::tr(lang, Msg::yaml_syntax, yaml_message);
}

// What the aliases of a document would add if they were expanded. yaml-cpp shares an
// aliased node, but whoever walks or writes the tree expands it: `&a [x, x, x]`,
// `&b [*a, *a, *a]`… grows threefold a line and reaches gigabytes in twenty lines.
// An alias inside its own anchor (`&a [*a]`) would expand forever.
class AliasCounter : public YAML::EventHandler {
public:
    static constexpr std::uint64_t k_limit = 100'000;  // the number in Msg::yaml_alias_bomb

    std::optional<YAML::Mark> over;  // the alias that went past the limit

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor); }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, const std::string&) override {
        leaf(anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = m_sizes.find(anchor);
        const std::uint64_t size = it == m_sizes.end() ? k_limit + 1 : it->second;  // still open: a loop
        m_added = std::min(k_limit + 1, m_added + size);
        if (m_added > k_limit && !over) over = mark;
        add(size);
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        m_open.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        m_open.push_back({anchor, 1});
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        std::uint64_t size;  // nodes, aliases expanded, capped just past the limit
    };
    void add(std::uint64_t size) {
        if (!m_open.empty()) m_open.back().size = std::min(k_limit + 1, m_open.back().size + size);
    }
    void leaf(YAML::anchor_t anchor) {
        if (anchor) m_sizes[anchor] = 1;
        add(1);
    }
    void close() {
        const Open done = m_open.back();
        m_open.pop_back();
        if (done.anchor) m_sizes[done.anchor] = done.size;
        add(done.size);
    }

    std::vector<Open> m_open;
    std::map<YAML::anchor_t, std::uint64_t> m_sizes;
    std::uint64_t m_added = 0;
};

}  // namespace

std::optional<YAML::Node> load_yaml(std::string_view text, std::string_view path, int first_line,
                                    util::Lang lang, diag::Sink& sink) {
    auto report = [&](const YAML::Mark& mark, std::string message) {
        sink.report(path, first_line + std::max(0, mark.line), std::max(0, mark.column) + 1, "yaml-syntax",
                    std::move(message));
    };
    try {
        YAML::Node root = YAML::Load(std::string(text));
        if (text.find('*') != std::string_view::npos) {  // no alias without a star
            std::istringstream in{std::string(text)};
            YAML::Parser parser(in);
            AliasCounter counter;
            parser.HandleNextDocument(counter);
            if (counter.over) {
                report(*counter.over, util::tr(lang, util::Msg::yaml_alias_bomb));
                return std::nullopt;
            }
        }
        return root;
    } catch (const YAML::DeepRecursion& e) {
        report(e.mark, util::tr(lang, util::Msg::yaml_too_deep));
    } catch (const YAML::Exception& e) {
        report(e.mark, explain(e.msg, lang));
    }
    return std::nullopt;
}

}  // namespace dla::parse
