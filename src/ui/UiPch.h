#pragma once

// Precompiled for the UI target only: the Qt headers nearly every UI file includes.
#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>
