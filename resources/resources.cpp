// The resources of this library are linked in through Qt's object libraries;
// this file only gives the static library a translation unit.
namespace SuiviResources {
int anchor = 0;
}
