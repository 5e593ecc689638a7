// baton-check-sql: fails when SQL text handed to SQLite or PostgreSQL is built from data.
//
// It reads C++ sources as tokens (comments, raw strings and preprocessor lines understood), finds
// every call that hands SQL text over (Database::prepare/exec/queryInt/queryText, pqxx
// exec/exec_params/exec0/exec1/query*/prepare, sqlite3_prepare*/sqlite3_exec), calls spanning
// lines included, and proves the SQL argument fixed. Fixed text is:
//   - string literals (raw or not), and constants named kName (`kSelect`, `HistoryLog::kColumns`);
//   - `std::string(...)`/`std::string_view(...)` of fixed text, `std::to_string(kName)`;
//   - `a + b` of fixed pieces, and `cond ? a : b` whose branches are fixed (the condition only
//     chooses);
//   - a local variable whose initialiser and every later `=`, `+=` and `.append` are fixed,
//     followed into project functions that take it by non-const reference (`appendFilters(sql,
//     ...)`); any other write (`<<`, an unknown function) is not;
//   - a call of a project function whose every `return` is fixed; a member or element of a
//     fixed value (`q.sql` over a kTable);
//   - a parameter that is the whole SQL text (`db.prepare(sql)`): the function is then itself an
//     entry point and its callers in the same layer (src/storage/, src/report/, bench/, ...) are
//     checked. A parameter spliced into SQL (`kSelect + where`) is not fixed: its callers are not
//     followed, so pass whole statements or prepared Statements instead.
// Anything else must be on the allow-list (scripts/sql-allowlist.txt): `path:fragment  reason`,
// the fragment as written in that file (whitespace ignored), `name(...)` standing for any call of
// `name`. An entry that matches nothing in a scanned file is reported as stale.
//
// Usage: baton-check-sql [--root DIR] [--allow FILE] PATH...   (exit 0 clean, 1 findings, 2 usage)
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace fs = std::filesystem;

namespace {

enum class Kind { Ident, String, Number, Punct };

struct Token {
    Kind kind;
    std::string text;
    int line;
};

struct Function {
    std::string name;
    std::size_t file;
    std::size_t paramsOpen;  // index of '('
    std::size_t paramsClose; // index of ')'
    std::size_t bodyOpen;    // index of '{'
    std::size_t bodyClose;   // index of '}'
};

struct Source {
    std::string path; // as printed: relative to the root
    std::vector<Token> toks;
    std::vector<std::size_t> match; // matching bracket for ( [ { ) ] }, else npos
    std::vector<std::string> lines;
};

constexpr std::size_t npos = static_cast<std::size_t>(-1);

bool isIdentStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool isIdentChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::vector<Token> tokenize(const std::string& s)
{
    std::vector<Token> out;
    int line = 1;
    std::size_t i = 0;
    bool lineStart = true;
    const auto push = [&](Kind k, std::string t, int at) {
        // Adjacent string literals are one literal.
        if (k == Kind::String && !out.empty() && out.back().kind == Kind::String) {
            out.back().text += t;
            return;
        }
        out.push_back({k, std::move(t), at});
    };
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
            lineStart = true;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (c == '#' && lineStart) { // preprocessor line, with continuations
            while (i < s.size() && s[i] != '\n') {
                if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\n') {
                    ++line;
                    ++i;
                }
                ++i;
            }
            continue;
        }
        lineStart = false;
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
            while (i < s.size() && s[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            const std::size_t end = s.find("*/", i + 2);
            const std::size_t stop = end == std::string::npos ? s.size() : end + 2;
            line += static_cast<int>(std::count(s.begin() + static_cast<std::ptrdiff_t>(i),
                                                s.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
            i = stop;
            continue;
        }
        if (isIdentStart(c)) {
            std::size_t j = i;
            while (j < s.size() && isIdentChar(s[j]))
                ++j;
            std::string word = s.substr(i, j - i);
            const bool prefix = word == "R" || word == "u8R" || word == "uR" || word == "UR" || word == "LR";
            if (prefix && j < s.size() && s[j] == '"') { // raw string R"delim( ... )delim"
                const std::size_t open = s.find('(', j);
                const std::string delim = ")" + s.substr(j + 1, open - j - 1) + "\"";
                const std::size_t end = s.find(delim, open);
                const std::size_t stop = end == std::string::npos ? s.size() : end + delim.size();
                const int at = line;
                line += static_cast<int>(std::count(s.begin() + static_cast<std::ptrdiff_t>(i),
                                                    s.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
                push(Kind::String, s.substr(i, stop - i), at);
                i = stop;
                continue;
            }
            if ((word == "u8" || word == "u" || word == "U" || word == "L") && j < s.size() &&
                (s[j] == '"' || s[j] == '\'')) {
                i = j; // the literal follows; its prefix does not matter here
                continue;
            }
            out.push_back({Kind::Ident, std::move(word), line});
            i = j;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) ||
            (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
            std::size_t j = i;
            while (j < s.size() &&
                   (isIdentChar(s[j]) || s[j] == '.' || (s[j] == '\'' && j + 1 < s.size() && isIdentChar(s[j + 1]))))
                ++j;
            out.push_back({Kind::Number, s.substr(i, j - i), line});
            i = j;
            continue;
        }
        if (c == '"' || c == '\'') {
            std::size_t j = i + 1;
            while (j < s.size() && s[j] != c) {
                if (s[j] == '\\')
                    ++j;
                ++j;
            }
            if (c == '"')
                push(Kind::String, s.substr(i, j + 1 - i), line);
            else
                out.push_back({Kind::Number, s.substr(i, j + 1 - i), line}); // a char literal is a value
            i = j + 1;
            continue;
        }
        static const char* const kPuncts[] = {"<<=", ">>=", "->", "::", "+=", "-=", "==", "!=", "<=", ">=",
                                              "&&",  "||",  "<<", "++", "--", "*=", "/=", "|=", "&="};
        bool matched = false;
        for (const char* p : kPuncts) {
            const std::string_view pv(p);
            if (s.compare(i, pv.size(), pv) == 0) {
                out.push_back({Kind::Punct, std::string(pv), line});
                i += pv.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            out.push_back({Kind::Punct, std::string(1, c), line});
            ++i;
        }
    }
    return out;
}

std::vector<std::size_t> matchBrackets(const std::vector<Token>& toks)
{
    std::vector<std::size_t> match(toks.size(), npos);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const std::string& t = toks[i].text;
        if (toks[i].kind != Kind::Punct)
            continue;
        if (t == "(" || t == "[" || t == "{") {
            stack.push_back(i);
        } else if (t == ")" || t == "]" || t == "}") {
            if (!stack.empty()) {
                match[i] = stack.back();
                match[stack.back()] = i;
                stack.pop_back();
            }
        }
    }
    return match;
}

bool isKeyword(const std::string& w)
{
    static const std::set<std::string> kWords = {
        "if",       "for",    "while",     "switch",   "catch",    "return",   "sizeof",        "alignof",
        "decltype", "throw",  "co_return", "else",     "do",       "case",     "static_assert", "noexcept",
        "new",      "delete", "typeid",    "requires", "co_await", "co_yield", "default",       "operator"};
    return kWords.count(w) != 0;
}

bool isConstantName(const std::string& w)
{
    return w.size() >= 2 && w[0] == 'k' && std::isupper(static_cast<unsigned char>(w[1]));
}

struct Problem {
    std::size_t file;
    int line;
    std::string piece;
    bool operator<(const Problem& o) const { return std::tie(file, line, piece) < std::tie(o.file, o.line, o.piece); }
};

struct AllowEntry {
    std::string path;
    std::string fragment; // whitespace removed
    std::string raw;
    int line;
    bool used = false;
};

struct Sink {
    std::size_t arg; // index of the SQL argument
    std::size_t minArgs;
    std::string scope; // path prefix of the files whose calls are checked; empty: every file
};

class Checker {
public:
    std::vector<Source> sources;
    std::vector<AllowEntry> allow;

    void index()
    {
        for (std::size_t f = 0; f < sources.size(); ++f)
            indexFunctions(f);
        for (const char* n : {"exec", "queryInt", "queryText", "exec0", "exec1", "exec_params", "exec_params0",
                              "exec_params1", "exec_params_n", "query", "query1", "query01", "query_n", "query_value"})
            m_sinks[n].push_back({0, 1, ""});
        m_sinks["prepare"].push_back({0, 1, ""}); // Database::prepare(sql)
        m_sinks["prepare"].push_back({1, 2, ""}); // pqxx prepare(name, sql)
        for (const char* n : {"sqlite3_exec", "sqlite3_prepare", "sqlite3_prepare_v2", "sqlite3_prepare_v3"})
            m_sinks[n].push_back({1, 2, ""});
    }

    std::set<Problem> run()
    {
        std::set<Problem> problems;
        for (int round = 0; round < 20; ++round) {
            problems.clear();
            m_returnMemo.clear();
            m_builderMemo.clear();
            for (auto& a : allow)
                a.used = false;
            m_grew = false;
            for (std::size_t f = 0; f < sources.size(); ++f)
                checkFile(f, problems);
            if (!m_grew)
                break;
        }
        return problems;
    }

private:
    std::vector<Function> m_functions;
    std::map<std::string, std::vector<std::size_t>> m_byName;
    std::map<std::string, std::vector<Sink>> m_sinks;
    std::set<std::pair<std::size_t, std::size_t>> m_definitions; // (file, '(' of the parameters)
    bool m_grew = false;
    std::map<std::pair<std::size_t, bool>, std::vector<Problem>> m_returnMemo;         // (function, spliced)
    std::map<std::pair<std::size_t, std::size_t>, std::vector<Problem>> m_builderMemo; // (function, param)
    int m_depth = 0;

    const Token& tok(std::size_t f, std::size_t i) const { return sources[f].toks[i]; }
    bool is(std::size_t f, std::size_t i, const char* text) const
    {
        return i < sources[f].toks.size() && sources[f].toks[i].text == text;
    }

    std::size_t skipQualifiers(std::size_t f, std::size_t i) const
    {
        const auto& toks = sources[f].toks;
        while (i < toks.size()) {
            const std::string& t = toks[i].text;
            if (t == "const" || t == "override" || t == "final" || t == "mutable" || t == "&" || t == "&&" ||
                t == "volatile") {
                ++i;
            } else if (t == "noexcept") {
                ++i;
                if (is(f, i, "("))
                    i = sources[f].match[i] + 1;
            } else if (t == "->") { // trailing return type
                ++i;
                while (i < toks.size() && toks[i].text != "{" && toks[i].text != ";")
                    ++i;
            } else {
                break;
            }
        }
        return i;
    }

    void indexFunctions(std::size_t f)
    {
        const auto& toks = sources[f].toks;
        const auto& match = sources[f].match;
        for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
            if (toks[i].kind != Kind::Ident || isKeyword(toks[i].text) || toks[i + 1].text != "(")
                continue;
            if (i > 0 && (toks[i - 1].text == "," ||
                          (toks[i - 1].text == ":" &&
                           !(i > 1 && (toks[i - 2].text == "public" || toks[i - 2].text == "private" ||
                                       toks[i - 2].text == "protected")))))
                continue; // a constructor's member initialiser, not a function
            std::string name = toks[i].text;
            const std::size_t close = match[i + 1];
            if (close == npos)
                continue;
            std::size_t j = skipQualifiers(f, close + 1);
            if (j < toks.size() && toks[j].text == ":") { // constructor initialisers: find the body
                while (j < toks.size() && toks[j].text != "{" && toks[j].text != ";") {
                    if ((toks[j].text == "(" || toks[j].text == "{") && match[j] != npos && j + 1 < toks.size() &&
                        toks[j - 1].kind == Kind::Ident && toks[j].text == "{") {
                        j = match[j] + 1; // member{init}
                        continue;
                    }
                    if (toks[j].text == "(" && match[j] != npos) {
                        j = match[j] + 1;
                        continue;
                    }
                    ++j;
                }
            }
            if (j >= toks.size() || toks[j].text != "{" || match[j] == npos)
                continue;
            if (i > 0 && (toks[i - 1].text == "." || toks[i - 1].text == "->"))
                continue; // a call followed by a block, e.g. `if (x.empty()) {` is caught by the keyword test
            // A call statement directly followed by a block cannot end in ')' then '{' except after
            // if/for/while/switch/catch, which are keywords: this is a definition.
            m_functions.push_back({name, f, i + 1, close, j, match[j]});
            m_byName[name].push_back(m_functions.size() - 1);
            m_definitions.insert({f, i + 1});
        }
        // A named lambda, `const auto name = [...](params) ... {`, is a function called `name`.
        for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
            if (toks[i].text != "]" || toks[i + 1].text != "(" || match[i] == npos || match[i] < 2 ||
                toks[match[i] - 1].text != "=" || toks[match[i] - 2].kind != Kind::Ident || match[i + 1] == npos)
                continue;
            std::size_t j = match[i + 1] + 1;
            while (j < toks.size() && toks[j].text != "{" && toks[j].text != ";")
                ++j;
            if (j >= toks.size() || toks[j].text != "{" || match[j] == npos)
                continue;
            m_functions.push_back({toks[match[i] - 2].text, f, i + 1, match[i + 1], j, match[j]});
            m_byName[toks[match[i] - 2].text].push_back(m_functions.size() - 1);
        }
    }

    std::string render(std::size_t f, std::size_t b, std::size_t e) const
    {
        std::string out;
        for (std::size_t i = b; i < e; ++i) {
            const Token& t = tok(f, i);
            if (!out.empty()) {
                const Token& p = tok(f, i - 1);
                const bool tight = p.text == "(" || p.text == "[" || p.text == "." || p.text == "->" ||
                                   p.text == "::" || p.text == "!" || t.text == ")" || t.text == "]" || t.text == "," ||
                                   t.text == "." || t.text == "->" || t.text == "::" || t.text == ";" ||
                                   (t.text == "(" && p.kind == Kind::Ident && !isKeyword(p.text)) ||
                                   (t.text == "[" && p.kind == Kind::Ident);
                if (!tight)
                    out += ' ';
            }
            out += t.text;
        }
        std::string collapsed;
        for (char c : out) {
            if (c == '\n' || c == '\t')
                c = ' ';
            if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ')
                continue;
            collapsed += c;
        }
        if (collapsed.size() > 200)
            collapsed = collapsed.substr(0, 197) + "...";
        return collapsed;
    }

    std::string stripped(std::size_t f, std::size_t b, std::size_t e) const
    {
        std::string out;
        for (std::size_t i = b; i < e; ++i)
            for (char c : tok(f, i).text)
                if (!std::isspace(static_cast<unsigned char>(c)))
                    out += c;
        return out;
    }

    bool allowed(std::size_t f, std::size_t b, std::size_t e)
    {
        const std::string text = stripped(f, b, e);
        std::string callee;
        if (e > b + 2 && is(f, e - 1, ")") && sources[f].match[e - 1] != npos && sources[f].match[e - 1] > b)
            callee = stripped(f, b, sources[f].match[e - 1]) + "(...)";
        for (auto& a : allow) {
            if (a.path != sources[f].path)
                continue;
            if (a.fragment == text || (!callee.empty() && a.fragment == callee)) {
                a.used = true;
                return true;
            }
        }
        return false;
    }

    void problem(std::vector<Problem>& out, std::size_t f, std::size_t b, std::size_t e)
    {
        out.push_back({f, tok(f, b).line, render(f, b, e)});
    }

    /// Splits [b, e) at top-level occurrences of `sep`.
    std::vector<std::pair<std::size_t, std::size_t>> split(std::size_t f, std::size_t b, std::size_t e,
                                                           const char* sep) const
    {
        std::vector<std::pair<std::size_t, std::size_t>> parts;
        std::size_t start = b;
        for (std::size_t i = b; i < e; ++i) {
            const std::string& t = tok(f, i).text;
            if ((t == "(" || t == "[" || t == "{") && sources[f].match[i] != npos && sources[f].match[i] < e) {
                i = sources[f].match[i];
                continue;
            }
            if (t == sep && tok(f, i).kind == Kind::Punct) {
                parts.emplace_back(start, i);
                start = i + 1;
            }
        }
        parts.emplace_back(start, e);
        return parts;
    }

    std::size_t enclosingFunction(std::size_t f, std::size_t i) const
    {
        std::size_t best = npos;
        for (std::size_t k = 0; k < m_functions.size(); ++k) {
            const Function& fn = m_functions[k];
            if (fn.file == f && fn.paramsOpen < i && i < fn.bodyClose &&
                (best == npos || fn.paramsOpen > m_functions[best].paramsOpen))
                best = k;
        }
        return best;
    }

    /// Is [b, e) fixed SQL text? Appends what is not to `out`.
    void checkExpr(std::size_t f, std::size_t b, std::size_t e, std::vector<Problem>& out, bool spliced = false)
    {
        while (b < e && tok(f, b).text == "(" && sources[f].match[b] == e - 1) { // ( expr )
            ++b;
            --e;
        }
        if (b >= e)
            return;
        if (allowed(f, b, e))
            return;
        if (++m_depth > 40) { // runaway recursion: treat as not fixed
            --m_depth;
            problem(out, f, b, e);
            return;
        }
        struct Leave {
            int& d;
            ~Leave() { --d; }
        } leave{m_depth};

        // cond ? a : b  (the condition chooses, it does not become text)
        for (std::size_t i = b; i < e; ++i) {
            const std::string& t = tok(f, i).text;
            if ((t == "(" || t == "[" || t == "{") && sources[f].match[i] != npos && sources[f].match[i] < e) {
                i = sources[f].match[i];
                continue;
            }
            if (t == "?") {
                int nested = 0;
                for (std::size_t j = i + 1; j < e; ++j) {
                    const std::string& u = tok(f, j).text;
                    if ((u == "(" || u == "[" || u == "{") && sources[f].match[j] != npos && sources[f].match[j] < e) {
                        j = sources[f].match[j];
                        continue;
                    }
                    if (u == "?")
                        ++nested;
                    else if (u == ":" && nested-- == 0) {
                        checkExpr(f, i + 1, j, out, spliced);
                        checkExpr(f, j + 1, e, out, spliced);
                        return;
                    }
                }
                problem(out, f, b, e);
                return;
            }
        }
        const auto pieces = split(f, b, e, "+");
        if (pieces.size() > 1) {
            for (const auto& [pb, pe] : pieces)
                checkExpr(f, pb, pe, out, true);
            return;
        }
        checkPiece(f, b, e, out, spliced);
    }

    void checkPiece(std::size_t f, std::size_t b, std::size_t e, std::vector<Problem>& out, bool spliced)
    {
        const auto& toks = sources[f].toks;
        const auto& match = sources[f].match;
        bool allStrings = true;
        for (std::size_t i = b; i < e; ++i)
            allStrings = allStrings && toks[i].kind == Kind::String;
        if (allStrings)
            return;
        // Qualified name: a::b::kName
        std::size_t q = b;
        while (q + 2 < e && toks[q].kind == Kind::Ident && toks[q + 1].text == "::")
            q += 2;
        if (q + 1 == e && toks[q].kind == Kind::Ident && isConstantName(toks[q].text))
            return;
        // std::string(x), std::string_view(x), std::string{x}
        if (e - b >= 5 && toks[b].text == "std" && toks[b + 1].text == "::" &&
            (toks[b + 2].text == "string" || toks[b + 2].text == "string_view") &&
            (toks[b + 3].text == "(" || toks[b + 3].text == "{") && match[b + 3] == e - 1) {
            checkExpr(f, b + 4, e - 1, out, spliced);
            return;
        }
        // std::to_string(kName)
        if (e - b == 6 && toks[b].text == "std" && toks[b + 2].text == "to_string" && toks[b + 3].text == "(" &&
            isConstantName(toks[b + 4].text))
            return;
        // x.c_str(), x.data(): the same text
        if (e - b >= 5 && toks[e - 1].text == ")" && toks[e - 2].text == "(" && toks[e - 4].text == "." &&
            (toks[e - 3].text == "c_str" || toks[e - 3].text == "data")) {
            checkExpr(f, b, e - 4, out, spliced);
            return;
        }
        // A lone variable or parameter.
        if (e - b == 1 && toks[b].kind == Kind::Ident) {
            checkVariable(f, b, out, spliced);
            return;
        }
        // A member of a fixed value: x.member
        if (e - b >= 3 && toks[e - 1].kind == Kind::Ident && toks[e - 2].text == "." && !is(f, e - 3, ")")) {
            std::vector<Problem> base;
            checkExpr(f, b, e - 2, base, spliced);
            if (!base.empty())
                problem(out, f, b, e); // name the whole `x.member`
            return;
        }
        // An element of a fixed table: kTable[i]
        if (toks[e - 1].text == "]" && match[e - 1] != npos && match[e - 1] > b) {
            std::vector<Problem> base;
            checkExpr(f, b, match[e - 1], base, spliced);
            if (!base.empty())
                problem(out, f, b, e);
            return;
        }
        // A call of a project function: every `return` must be fixed.
        if (toks[e - 1].text == ")" && match[e - 1] != npos && match[e - 1] > b &&
            toks[match[e - 1] - 1].kind == Kind::Ident) {
            std::size_t nameAt = match[e - 1] - 1;
            const bool member = nameAt > b && (toks[nameAt - 1].text == "." || toks[nameAt - 1].text == "->");
            const bool qualifiedStd = nameAt >= b + 2 && toks[nameAt - 2].text == "std";
            const auto found = m_byName.find(toks[nameAt].text);
            if (!member && !qualifiedStd && found != m_byName.end()) {
                for (std::size_t fn : found->second)
                    checkReturns(fn, out, spliced);
                return;
            }
        }
        problem(out, f, b, e);
    }

    void checkReturns(std::size_t fnIndex, std::vector<Problem>& out, bool spliced)
    {
        const auto key = std::make_pair(fnIndex, spliced);
        auto memo = m_returnMemo.find(key);
        if (memo == m_returnMemo.end()) {
            m_returnMemo[key] = {}; // recursion guard: assume fixed while inside
            std::vector<Problem> found;
            const Function& fn = m_functions[fnIndex];
            for (std::size_t i = fn.bodyOpen + 1; i < fn.bodyClose; ++i) {
                if (tok(fn.file, i).text != "return")
                    continue;
                std::size_t j = i + 1;
                while (j < fn.bodyClose && tok(fn.file, j).text != ";") {
                    if (sources[fn.file].match[j] != npos && sources[fn.file].match[j] > j)
                        j = sources[fn.file].match[j];
                    ++j;
                }
                checkExpr(fn.file, i + 1, j, found, spliced);
            }
            memo = m_returnMemo.insert_or_assign(key, found).first;
        }
        out.insert(out.end(), memo->second.begin(), memo->second.end());
    }

    /// Where is `name` (used at `use`) declared? Returns its token index, or npos.
    std::size_t findDeclaration(std::size_t f, std::size_t use, std::size_t lowest) const
    {
        const auto& toks = sources[f].toks;
        const std::string& name = toks[use].text;
        for (std::size_t i = use; i-- > lowest;) {
            if (toks[i].text != name || toks[i].kind != Kind::Ident || i == 0)
                continue;
            const Token& prev = toks[i - 1];
            const std::string& next = i + 1 < toks.size() ? toks[i + 1].text : std::string();
            const bool typeBefore = (prev.kind == Kind::Ident && !isKeyword(prev.text)) || prev.text == "*" ||
                                    prev.text == "&" || prev.text == "&&" || prev.text == ">";
            const bool declAfter = next == "=" || next == "{" || next == "(" || next == ";" || next == "," ||
                                   next == ")" || next == ":" || next == "[";
            if (typeBefore && declAfter)
                return i;
            if ((prev.text == "[" || prev.text == ",") && (next == "," || next == "]")) { // structured binding
                std::size_t k = i;
                while (k > lowest && toks[k].text != "[")
                    --k;
                if (k > 0 && (toks[k - 1].text == "&" || toks[k - 1].text == "&&" || toks[k - 1].text == "auto"))
                    return i;
            }
        }
        return npos;
    }

    /// The index of the unmatched '(' around i, searching back to `lowest`, or npos.
    std::size_t openParen(std::size_t f, std::size_t i, std::size_t lowest) const
    {
        int depth = 0;
        for (std::size_t k = i; k-- > lowest;) {
            const std::string& t = tok(f, k).text;
            if (t == ")" || t == "]" || t == "}")
                ++depth;
            else if (t == "(" || t == "[" || t == "{") {
                if (depth == 0)
                    return t == "(" ? k : npos;
                --depth;
            }
        }
        return npos;
    }

    std::size_t argIndexAt(std::size_t f, std::size_t open, std::size_t at) const
    {
        std::size_t index = 0;
        for (const auto& [pb, pe] : split(f, open + 1, sources[f].match[open], ",")) {
            if (pb <= at && at < pe)
                return index;
            ++index;
        }
        return npos;
    }

    /// A function that hands its parameter `arg` on as SQL: its callers in the same layer
    /// (src/storage/, src/report/, bench/, ...) are checked as SQL entry points.
    void addSink(const std::string& name, std::size_t arg, const std::string& origin)
    {
        const std::size_t slash = origin.find('/');
        const std::size_t second = slash == std::string::npos ? slash : origin.find('/', slash + 1);
        const std::string scope = origin.substr(0, second == std::string::npos ? slash + 1 : second + 1);
        auto& list = m_sinks[name];
        for (const Sink& s : list)
            if (s.arg == arg && (s.scope.empty() || s.scope == scope))
                return;
        list.push_back({arg, arg + 1, scope});
        m_grew = true;
    }

    void checkVariable(std::size_t f, std::size_t use, std::vector<Problem>& out, bool spliced)
    {
        const auto& toks = sources[f].toks;
        const auto& match = sources[f].match;
        const std::size_t fnIndex = enclosingFunction(f, use);
        if (fnIndex == npos) {
            problem(out, f, use, use + 1);
            return;
        }
        const Function& fn = m_functions[fnIndex];
        const std::size_t decl = findDeclaration(f, use, fn.paramsOpen);
        if (decl == npos) { // a member or a global that is not a kName constant
            problem(out, f, use, use + 1);
            return;
        }
        std::size_t scopeEnd = fn.bodyClose;
        if (decl < fn.paramsClose) {
            if (spliced) { // a caller's text spliced into SQL: flagged, whoever the callers are
                problem(out, f, use, use + 1);
                return;
            }
            // The whole SQL text is a parameter: the function is an SQL entry point.
            const std::size_t index = argIndexAt(f, fn.paramsOpen, decl);
            addSink(fn.name, index, sources[f].path);
        } else {
            const std::size_t open = openParen(f, decl, fn.bodyOpen);
            const std::string& next = toks[decl + 1].text;
            if (open != npos && open > 0 &&
                (toks[open - 1].text == "]" || toks[open - 1].text == ")" || toks[open - 1].text == "mutable")) {
                problem(out, f, use, use + 1); // a lambda's parameter: not followed
                return;
            }
            if (open != npos && toks[open - 1].text == "for" && (next == ":" || next == "," || next == "]")) {
                std::size_t colon = decl + 1;
                while (colon < match[open] && toks[colon].text != ":")
                    ++colon;
                checkExpr(f, colon + 1, match[open], out, spliced); // the range must be fixed
                scopeEnd = match[open] + 1;
                for (std::size_t k = scopeEnd; k < toks.size(); ++k) // the loop body
                    if (toks[k].text == "{" || toks[k].text == ";") {
                        scopeEnd = toks[k].text == "{" ? match[k] : k;
                        break;
                    }
            } else if (next == "=") {
                std::size_t end = decl + 2;
                while (end < toks.size() && toks[end].text != ";" && toks[end].text != ",") {
                    if (match[end] != npos && match[end] > end)
                        end = match[end];
                    ++end;
                }
                checkExpr(f, decl + 2, end, out, spliced);
            } else if ((next == "(" || next == "{") && match[decl + 1] != npos) {
                checkExpr(f, decl + 2, match[decl + 1], out, spliced);
            }
            // Visible to the end of its block.
            int depth = 0;
            for (std::size_t k = decl; k < fn.bodyClose; ++k) {
                if (toks[k].text == "{")
                    ++depth;
                else if (toks[k].text == "}" && --depth < 0) {
                    scopeEnd = std::min(scopeEnd, k);
                    break;
                }
            }
        }
        checkWrites(f, decl, scopeEnd, use, out, spliced);
    }

    /// Every write to the variable declared at `decl` up to `scopeEnd` must add fixed text.
    void checkWrites(std::size_t f, std::size_t decl, std::size_t scopeEnd, std::size_t use, std::vector<Problem>& out,
                     bool spliced)
    {
        const auto& toks = sources[f].toks;
        const auto& match = sources[f].match;
        const std::string& name = toks[decl].text;
        const auto statementEnd = [&](std::size_t from) {
            std::size_t end = from;
            while (end < scopeEnd && toks[end].text != ";") {
                if (match[end] != npos && match[end] > end)
                    end = match[end];
                ++end;
            }
            return end;
        };
        for (std::size_t j = decl + 1; j < scopeEnd; ++j) {
            if (j == use || toks[j].text != name || toks[j].kind != Kind::Ident)
                continue;
            const std::string& prev = toks[j - 1].text;
            if (prev == "." || prev == "->" || prev == "::")
                continue; // someone else's member of the same name
            const std::string next = j + 1 < toks.size() ? toks[j + 1].text : std::string();
            if (next == "+=" || next == "=") { // appended text is spliced; assigned text replaces
                checkExpr(f, j + 2, statementEnd(j + 2), out, next == "+=" || spliced);
                continue;
            }
            if (next == "<<" || next == "[" || next == "++" || next == "--") {
                problem(out, f, j, statementEnd(j));
                continue;
            }
            if (next == "." && j + 3 < toks.size() && toks[j + 3].text == "(") {
                const std::string& method = toks[j + 2].text;
                static const std::set<std::string> kReads = {
                    "c_str",   "data",     "size",   "length",      "empty",     "find",    "rfind",
                    "back",    "front",    "substr", "starts_with", "ends_with", "compare", "clear",
                    "reserve", "pop_back", "begin",  "end",         "capacity"};
                if (method == "append" || method == "assign")
                    checkExpr(f, j + 4, match[j + 3], out, method == "append" || spliced);
                else if (kReads.count(method) == 0)
                    problem(out, f, j, match[j + 3] + 1);
                continue;
            }
            // Handed to a function: a project function that takes it by non-const reference
            // must write only fixed text to it.
            const std::size_t open = openParen(f, j, decl);
            if (open == npos || open == 0 || !(next == "," || next == ")"))
                continue; // read in an expression
            const std::string& callee = toks[open - 1].text;
            if (toks[open - 1].kind != Kind::Ident || isKeyword(callee) || m_sinks.count(callee) != 0)
                continue;
            const std::size_t index = argIndexAt(f, open, j);
            const auto found = m_byName.find(callee);
            bool seen = false;
            if (found != m_byName.end()) {
                for (std::size_t fnIndex : found->second) {
                    const Function& g = m_functions[fnIndex];
                    const auto params = split(g.file, g.paramsOpen + 1, g.paramsClose, ",");
                    if (index >= params.size())
                        continue;
                    seen = true;
                    checkBuilder(fnIndex, index, params[index], out);
                }
            }
            if (!seen) {
                // std::move and the like hand it on; any unknown callee might write to it.
                const bool byValue = callee == "string" || callee == "string_view";
                if (!byValue && !(toks[open - 1].text == "move" && open >= 3 && toks[open - 3].text == "std"))
                    problem(out, f, j, j + 1);
            }
        }
    }

    void checkBuilder(std::size_t fnIndex, std::size_t param, std::pair<std::size_t, std::size_t> range,
                      std::vector<Problem>& out)
    {
        const Function& g = m_functions[fnIndex];
        const auto& toks = sources[g.file].toks;
        bool mutableRef = false;
        bool isConst = false;
        std::size_t nameAt = npos;
        for (std::size_t k = range.first; k < range.second; ++k) {
            if (toks[k].text == "&" || toks[k].text == "*")
                mutableRef = true;
            if (toks[k].text == "const")
                isConst = true;
            if (toks[k].text == "=")
                break;
            if (toks[k].kind == Kind::Ident)
                nameAt = k;
        }
        if (!mutableRef || isConst || nameAt == npos)
            return; // a copy or a read: the caller's text is unchanged
        const auto key = std::make_pair(fnIndex, param);
        auto memo = m_builderMemo.find(key);
        if (memo == m_builderMemo.end()) {
            m_builderMemo[key] = {};
            std::vector<Problem> found;
            checkWrites(g.file, nameAt, g.bodyClose, npos, found, true);
            memo = m_builderMemo.insert_or_assign(key, found).first;
        }
        out.insert(out.end(), memo->second.begin(), memo->second.end());
    }

    bool isDeclaration(std::size_t f, std::size_t i, std::size_t close) const
    {
        if (i == 0)
            return false;
        if (m_definitions.count({f, i + 1}) != 0)
            return true;
        const Token& prev = tok(f, i - 1);
        if (prev.kind == Kind::Ident && !isKeyword(prev.text))
            return true; // `Statement prepare(...)`
        if (prev.text == "*" || prev.text == "&" || prev.text == "&&" || prev.text == "~" || prev.text == ">")
            return true;         // also `std::vector<T> readAll(...)`
        if (prev.text == "::") { // `Statement Database::prepare(...) {` versus `ns::call(...)`
            const std::size_t after = skipQualifiers(f, close + 1);
            return after < sources[f].toks.size() && (tok(f, after).text == "{" || tok(f, after).text == ":");
        }
        return false;
    }

    void checkFile(std::size_t f, std::set<Problem>& problems)
    {
        const auto& toks = sources[f].toks;
        const auto& match = sources[f].match;
        for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
            if (toks[i].kind != Kind::Ident)
                continue;
            const auto sink = m_sinks.find(toks[i].text);
            if (sink == m_sinks.end())
                continue;
            std::size_t open = i + 1;
            if (toks[open].text == "<") { // name<T>(...)
                int depth = 0;
                for (; open < toks.size(); ++open) {
                    if (toks[open].text == "<")
                        ++depth;
                    else if (toks[open].text == ">" && --depth == 0)
                        break;
                    else if (toks[open].text == ";")
                        break;
                }
                ++open;
            }
            if (open >= toks.size() || toks[open].text != "(" || match[open] == npos)
                continue;
            const std::size_t close = match[open];
            if (isDeclaration(f, i, close))
                continue;
            const auto args =
                close == open + 1 ? std::vector<std::pair<std::size_t, std::size_t>>{} : split(f, open + 1, close, ",");
            for (const Sink& s : sink->second) {
                if (args.size() < s.minArgs || s.arg >= args.size())
                    continue;
                if (sources[f].path.compare(0, s.scope.size(), s.scope) != 0)
                    continue;
                // pqxx prepare(name, sql) and Database::prepare(sql) differ by their count.
                if (toks[i].text == "prepare" && args.size() != s.minArgs)
                    continue;
                std::vector<Problem> found;
                checkExpr(f, args[s.arg].first, args[s.arg].second, found);
                problems.insert(found.begin(), found.end());
            }
        }
    }
};

bool isSourceFile(const fs::path& p)
{
    const std::string ext = p.extension().string();
    return ext == ".cpp" || ext == ".h" || ext == ".hpp" || ext == ".cc" || ext == ".cxx";
}

} // namespace

int main(int argc, char** argv)
{
    fs::path root = fs::current_path();
    std::string allowPath;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--root" && i + 1 < argc)
            root = argv[++i];
        else if (a == "--allow" && i + 1 < argc)
            allowPath = argv[++i];
        else if (!a.empty() && a[0] == '-') {
            std::cerr << "usage: baton-check-sql [--root DIR] [--allow FILE] PATH...\n";
            return 2;
        } else
            inputs.push_back(a);
    }
    if (inputs.empty()) {
        std::cerr << "usage: baton-check-sql [--root DIR] [--allow FILE] PATH...\n";
        return 2;
    }
    Checker checker;
    std::vector<fs::path> files;
    for (const std::string& in : inputs) {
        const fs::path p = fs::path(in).is_absolute() ? fs::path(in) : root / in;
        if (fs::is_directory(p)) {
            for (const auto& entry : fs::recursive_directory_iterator(p))
                if (entry.is_regular_file() && isSourceFile(entry.path()))
                    files.push_back(entry.path());
        } else if (fs::is_regular_file(p)) {
            files.push_back(p);
        } else {
            std::cerr << "baton-check-sql: no such file or folder: " << p.string() << "\n";
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        Source s;
        s.path = fs::relative(p, root).generic_string();
        s.toks = tokenize(text.str());
        std::string line;
        for (std::istringstream lines(text.str()); std::getline(lines, line);)
            s.lines.push_back(line);
        s.match = matchBrackets(s.toks);
        checker.sources.push_back(std::move(s));
    }
    bool badAllowList = false;
    if (!allowPath.empty()) {
        std::ifstream in(allowPath);
        if (!in) {
            std::cerr << "baton-check-sql: cannot read " << allowPath << "\n";
            return 2;
        }
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            const std::size_t first = line.find_first_not_of(" \t");
            if (first == std::string::npos || line[first] == '#')
                continue;
            // path:fragment, then two spaces or a tab, then the reason.
            std::size_t gap = line.find("  ");
            gap = std::min(gap, line.find('\t'));
            const std::size_t colon = line.find(':');
            const std::size_t reason =
                gap == std::string::npos ? std::string::npos : line.find_first_not_of(" \t", gap);
            if (colon == std::string::npos || gap == std::string::npos || colon > gap || reason == std::string::npos) {
                std::cerr << allowPath << ":" << number
                          << ": expected `path:fragment  reason` (two spaces before the reason)\n";
                badAllowList = true;
                continue;
            }
            AllowEntry e;
            e.path = line.substr(0, colon);
            for (char c : line.substr(colon + 1, gap - colon - 1))
                if (!std::isspace(static_cast<unsigned char>(c)))
                    e.fragment += c;
            e.raw = line.substr(0, gap);
            e.line = number;
            checker.allow.push_back(e);
        }
    }
    checker.index();
    const std::set<Problem> problems = checker.run();
    for (const Problem& p : problems) {
        const Source& s = checker.sources[p.file];
        std::string line = p.line >= 1 && static_cast<std::size_t>(p.line) <= s.lines.size()
                               ? s.lines[static_cast<std::size_t>(p.line) - 1]
                               : std::string();
        line.erase(0, line.find_first_not_of(" \t"));
        std::cout << s.path << ":" << p.line << ": SQL built from data: " << line
                  << "  [not a fixed fragment: " << p.piece << "]\n";
    }
    // An entry that matches nothing is stale: the list stays a list of today's exceptions.
    std::set<std::string> scanned;
    for (const auto& s : checker.sources)
        scanned.insert(s.path);
    bool stale = false;
    for (const AllowEntry& a : checker.allow) {
        if (!a.used && scanned.count(a.path) != 0) {
            std::cout << allowPath << ":" << a.line << ": allow-list entry matches nothing: " << a.raw << "\n";
            stale = true;
        }
    }
    if (!problems.empty())
        std::cout << problems.size()
                  << " place(s) build SQL from data: bind the value as a parameter, use a fixed SQL constant, or "
                     "add a reviewed `path:fragment  reason` line to the allow-list.\n";
    return problems.empty() && !stale && !badAllowList ? 0 : 1;
}
