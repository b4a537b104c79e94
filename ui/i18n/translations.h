#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <optional>

namespace helios::ui {

enum class Language { English, Chinese };

// "en" → English, "zh_CN" (or "zh") → Chinese, anything else → nullopt.
std::optional<Language> languageFromName(QStringView name);
// zh* locales get Chinese, every other locale English.
Language languageForLocale(const QLocale &locale);
QString languageName(Language language); // "en", "zh_CN"

// The application's translators (Helios's own, embedded as :/i18n/helios_<lang>.qm, and Qt's
// qtbase catalogue when installed) and the default QLocale that formats dates and numbers.
// Switching language removes the previous translators; windows created afterwards use it.
class AppTranslations
{
public:
    AppTranslations() = default;
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    // Installs the translators of `language` into QCoreApplication and sets the default QLocale
    // (the system locale when it speaks that language). False when Helios's own catalogue is
    // missing, which is a build error.
    bool use(Language language, const QLocale &system = QLocale::system());
    Language language() const { return m_language; }

private:
    void remove();

    Language m_language = Language::English;
    QTranslator m_helios;
    QTranslator m_qtbase;
    bool m_heliosInstalled = false;
    bool m_qtbaseInstalled = false;
};

} // namespace helios::ui
