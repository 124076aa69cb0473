// terminal_safe: text from outside (file names above all) made safe to print on a terminal.
//
// Contract: terminal_safe() returns `text` unchanged unless it holds control characters (C0,
// DEL, C1) or ill-formed UTF-8; those become visible escapes (\t, \n, \r, \e for ESC,
// \xNN for any other byte, \u{NN} for a C1 control), so a file named with terminal escape
// sequences can neither move the cursor, change colours nor forge lines of output. Machine
// formats that escape by their own rules (JSON, SARIF, XML) do not need it.
#pragma once

#include <string>
#include <string_view>

namespace docqc::report {

std::string terminal_safe(std::string_view text);

}  // namespace docqc::report
