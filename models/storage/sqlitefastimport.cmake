# SUIVI_SQLITE_FAST_IMPORT (AUTO, ON, OFF): bulk imports call SQLite's C API on the handle of
# Qt's SQLite connection (sqlitebulkinsert.cpp). That is only sound when
# Qt's SQLite driver plugin is dynamically linked against the same libsqlite3
# as this program, as on Debian (libqsqlite.so needs libsqlite3.so.0). Qt's
# Windows installer bundles its own SQLite inside the plugin: OFF there.
# Included from models/storage/CMakeLists.txt after suivi_storage is defined.

set(_suivi_fast_import_default OFF)
set(_suivi_fast_import_why "")
if(WIN32)
    set(_suivi_fast_import_why "not on Windows (Qt's plugin bundles its own SQLite)")
else()
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(SUIVI_SQLITE3 QUIET IMPORTED_TARGET sqlite3)
    endif()

    # The plugin's file, whatever configuration Qt's CMake files describe it
    # for. Some distributions (Debian) leave out Qt6SqlPlugins.cmake, so the
    # plugin's own package file is looked for beside Qt6Sql's.
    set(_suivi_plugin "")
    if(NOT TARGET Qt6::QSQLiteDriverPlugin AND Qt6Sql_DIR)
        find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET PATHS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
    endif()
    if(TARGET Qt6::QSQLiteDriverPlugin)
        get_target_property(_suivi_configs Qt6::QSQLiteDriverPlugin IMPORTED_CONFIGURATIONS)
        foreach(_suivi_config IN ITEMS ${_suivi_configs} NONE RELEASE RELWITHDEBINFO)
            if(NOT _suivi_plugin)
                get_target_property(_suivi_plugin Qt6::QSQLiteDriverPlugin
                    IMPORTED_LOCATION_${_suivi_config})
            endif()
        endforeach()
        if(NOT _suivi_plugin)
            get_target_property(_suivi_plugin Qt6::QSQLiteDriverPlugin IMPORTED_LOCATION)
        endif()
    endif()

    if(NOT SUIVI_SQLITE3_FOUND)
        set(_suivi_fast_import_why "pkg-config finds no sqlite3 (install libsqlite3-dev)")
    elseif(NOT _suivi_plugin OR NOT EXISTS "${_suivi_plugin}")
        set(_suivi_fast_import_why "Qt's SQLite driver plugin was not found")
    elseif(NOT CMAKE_READELF)
        set(_suivi_fast_import_why "no readelf to inspect Qt's SQLite driver plugin")
    else()
        # The library pkg-config gives, by its SONAME...
        find_library(_suivi_sqlite_lib NAMES sqlite3
            HINTS ${SUIVI_SQLITE3_LIBRARY_DIRS} NO_CACHE)
        set(_suivi_soname "")
        if(_suivi_sqlite_lib)
            execute_process(COMMAND "${CMAKE_READELF}" -d "${_suivi_sqlite_lib}"
                OUTPUT_VARIABLE _suivi_lib_dynamic ERROR_QUIET RESULT_VARIABLE _suivi_rc)
            if(_suivi_rc EQUAL 0
                    AND _suivi_lib_dynamic MATCHES "\\(SONAME\\)[^[]*\\[([^]]+)\\]")
                set(_suivi_soname "${CMAKE_MATCH_1}")
            endif()
        endif()
        # ... must be among the libraries the plugin needs.
        execute_process(COMMAND "${CMAKE_READELF}" -d "${_suivi_plugin}"
            OUTPUT_VARIABLE _suivi_plugin_dynamic ERROR_QUIET RESULT_VARIABLE _suivi_rc)
        if(NOT _suivi_soname)
            set(_suivi_fast_import_why "cannot read the SONAME of ${_suivi_sqlite_lib}")
        elseif(_suivi_rc EQUAL 0
                AND _suivi_plugin_dynamic MATCHES "\\(NEEDED\\)[^[]*\\[${_suivi_soname}\\]")
            set(_suivi_fast_import_default ON)
        else()
            set(_suivi_fast_import_why
                "${_suivi_plugin} is not linked against ${_suivi_soname}")
        endif()
    endif()
endif()

# AUTO (the default) turns it on exactly when the checks above pass, at every
# configure; ON insists (an error where it is unsafe), OFF keeps QtSql only.
set(SUIVI_SQLITE_FAST_IMPORT AUTO CACHE STRING
    "Bulk imports through SQLite's C API on Qt's connection: AUTO, ON or OFF")
set_property(CACHE SUIVI_SQLITE_FAST_IMPORT PROPERTY STRINGS AUTO ON OFF)

if(SUIVI_SQLITE_FAST_IMPORT STREQUAL "AUTO")
    set(_suivi_fast_import ${_suivi_fast_import_default})
elseif(SUIVI_SQLITE_FAST_IMPORT)
    if(NOT _suivi_fast_import_default)
        message(FATAL_ERROR "SUIVI_SQLITE_FAST_IMPORT is ON but unsafe here: "
            "${_suivi_fast_import_why}")
    endif()
    set(_suivi_fast_import ON)
else()
    set(_suivi_fast_import OFF)
    set(_suivi_fast_import_why "(turned off)")
endif()

if(_suivi_fast_import)
    # Only the file that calls SQLite needs to know (the others compile the same either way).
    set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/sqlitebulkinsert.cpp
        PROPERTIES COMPILE_DEFINITIONS SUIVI_SQLITE_FAST_IMPORT)
    target_link_libraries(suivi_storage PRIVATE PkgConfig::SUIVI_SQLITE3)
    message(STATUS "SQLite fast import: ON (${_suivi_plugin} uses ${_suivi_soname})")
else()
    message(STATUS "SQLite fast import: OFF: ${_suivi_fast_import_why}")
endif()
