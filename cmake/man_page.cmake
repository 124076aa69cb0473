# cmake -DDOCQC=path/to/docqc -DHELP2MAN=path/to/help2man -DOUTPUT=docqc.1 -P man_page.cmake
# The man page: help2man reads `docqc --help` and `docqc --version`; a COMMANDS section holds
# the `--help` of every subcommand listed there, so the page says what the binary accepts.
execute_process(COMMAND ${DOCQC} --help OUTPUT_VARIABLE top RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${DOCQC} --help failed")
endif()
string(REGEX REPLACE "^.*\nSubcommands:\n" "" listing "${top}")
string(REGEX MATCHALL "(^|\n)  [a-z][a-z-]*" names "${listing}")
set(include "[COMMANDS]\n")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  execute_process(COMMAND ${DOCQC} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${DOCQC} ${name} --help failed")
  endif()
  # roff: a backslash is \e; a line starting with . or ' is protected by \&.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND include ".SS \"docqc ${name}\"\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include "[SEE ALSO]\nThe README of the docqc repository: rule files, output formats, configuration.\n")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUTPUT}.include" "${include}")
execute_process(
  COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section 1
          "--name=find the damage in OCR'd, extracted and scraped Chinese documents"
          --include "${OUTPUT}.include" --output "${OUTPUT}" ${DOCQC}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed on ${DOCQC}")
endif()
