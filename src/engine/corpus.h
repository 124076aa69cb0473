// The corpus pass of `docqc check --cross-file`: findings that compare files with each other.
//
// Contract: after every file of the run went through check_file() (so every CorpusRule among
// the engine's rules has seen every document), add_corpus_findings() asks each CorpusRule for
// its findings and adds them to the reports of their files, located like any other finding
// (line, columns, original byte offsets, context) after the same CheckOptions::filter as the
// other findings (project config, inline directives, ignore lists), then re-sorts each
// touched report by line, column and rule. To locate them it reads and decodes the file again with
// the same options; nothing is kept in memory between the two passes but what the rules remember
// (hashes and locations). Standard input cannot be read twice: findings on it are dropped.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/engine.h"
#include "report/report.h"

namespace docqc::engine {

// True when some rule compares documents with each other (rules::CorpusRule).
bool is_corpus_rule(const rules::Rule& rule);

// Makes every CorpusRule forget the documents it saw: before the report pass when the same
// engine already checked the files (the rounds of --fix), so each file is compared once.
void reset_corpus(const Engine& engine);

void add_corpus_findings(const Engine& engine, const CheckOptions& options,
                         std::vector<report::FileReport>& reports);

// The two halves of add_corpus_findings(), for callers that hold the documents themselves
// (`docqc lsp` compares the editor's buffers): what every CorpusRule of the engine found,
// keyed by path, in each document's decoded offsets; and one document's share of them
// sorted, passed through options.filter and located.
std::map<std::string, std::vector<Finding>> collect_corpus_findings(const Engine& engine);
std::vector<report::LocatedFinding> locate_corpus_findings(const doc::Document& document,
                                                           std::vector<Finding> findings,
                                                           const CheckOptions& options);

}  // namespace docqc::engine
