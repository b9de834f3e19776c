#pragma once
// The editor's modal dialogs apart from what their answers do: the file chooser (open, new
// from a map, save as, export, add a variant, replay), the error dialog, and the dialog
// buttons a script can press (docs/gui.md, `dialog BUTTON`).

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "sim/core/error.hpp"

namespace agora::gui {

enum class FileDialogPurpose {
  Open,
  NewFromMap,
  SaveAs,
  ExportResults,
  AddVariant,
  ExportReport,
  OpenTrajectories
};

class FileDialogs {
 public:
  // Whether a script presses this dialog button now.
  std::function<bool(const char*)> scripted_press;
  // Errors also go to stderr (script runs: nobody reads the dialog).
  bool echo_errors = false;

  // Opens the file chooser in `dir`, the path field holding `path`.
  void open(FileDialogPurpose purpose, std::string dir, std::string path);
  // The file chooser, while open; accept(purpose, path) does what its OK button says and is
  // true when the chooser may close.
  void draw_file_dialog(const std::function<bool(FileDialogPurpose, const std::string&)>& accept);
  void show_error(const std::string& title, const std::vector<Problem>& problems);
  void show_error(const std::string& title, const std::string& message);
  // The error dialog, while open; `bold` for its title.
  void draw_error(ImFont* bold);
  // A dialog button, clicked or pressed by the script.
  bool button(const char* label);

  struct FileDialog {
    bool open = false;
    FileDialogPurpose purpose = FileDialogPurpose::Open;
    std::string dir;
    std::string path;
    std::string error;
  } file;
  struct ErrorDialog {
    bool open = false;
    std::string title;
    std::vector<std::string> lines;
  } error;
};

}  // namespace agora::gui
