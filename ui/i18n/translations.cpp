#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace helios::ui {

std::optional<Language> languageFromName(QStringView name)
{
    if (name == u"en")
        return Language::English;
    if (name == u"zh_CN" || name == u"zh")
        return Language::Chinese;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString languageName(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

AppTranslations::~AppTranslations()
{
    remove();
}

bool AppTranslations::use(Language language, const QLocale &system)
{
    remove();
    m_language = language;

    QLocale locale = language == Language::Chinese
                         ? QLocale(QLocale::Chinese, QLocale::China)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
    if (languageForLocale(system) == language && system.language() != QLocale::C)
        locale = system;
    QLocale::setDefault(locale);

    const QString name = languageName(language);
    m_heliosInstalled = m_helios.load(QStringLiteral(":/i18n/helios_%1.qm").arg(name)) &&
                        QCoreApplication::installTranslator(&m_helios);
    if (language == Language::Chinese) {
        // Standard dialog buttons and context menus; optional (qt6-translations-l10n).
        m_qtbaseInstalled = m_qtbase.load(QLocale(QLocale::Chinese, QLocale::China),
                                          QStringLiteral("qtbase"), QStringLiteral("_"),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                            QCoreApplication::installTranslator(&m_qtbase);
    }
    return m_heliosInstalled;
}

void AppTranslations::remove()
{
    if (m_heliosInstalled)
        QCoreApplication::removeTranslator(&m_helios);
    if (m_qtbaseInstalled)
        QCoreApplication::removeTranslator(&m_qtbase);
    m_heliosInstalled = m_qtbaseInstalled = false;
}

} // namespace helios::ui
