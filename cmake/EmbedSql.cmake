# Runs in script mode at build time: turns the numbered migration files into a
# C++ source so the binary carries its own schema.
#   -DOUT=file.cpp -DSOURCES=a.sql;b.sql
set(_body "// Generated from src/storage/migrations by cmake/EmbedSql.cmake. Do not edit.\n#include \"storage/Migrations.h\"\n\nnamespace baton::storage {\n\nconst std::vector<Migration>& embeddedMigrations()\n{\n    static const std::vector<Migration> kMigrations = {\n")
string(REPLACE "|" ";" SOURCES "${SOURCES}")
list(SORT SOURCES)
foreach(_f IN LISTS SOURCES)
  get_filename_component(_name ${_f} NAME_WE)
  string(REGEX MATCH "^[0-9]+" _num ${_name})
  math(EXPR _num "${_num} + 0")
  file(READ ${_f} _sql)
  string(APPEND _body "        {${_num}, \"${_name}\", R\"baton_sql(${_sql})baton_sql\"},\n")
endforeach()
string(APPEND _body "    };\n    return kMigrations;\n}\n\n} // namespace baton::storage\n")
file(WRITE ${OUT}.tmp "${_body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
