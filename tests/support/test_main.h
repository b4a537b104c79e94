#pragma once

// The shared test main: a fixed locale, hash seed and style so that results do not depend on
// the machine. Use HELIOS_TEST_MAIN(Class) for core tests and HELIOS_TEST_GUI_MAIN(Class) for
// widget tests.

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

namespace helios::test {

inline void prepareEnvironment()
{
    qputenv("QT_HASH_SEED", "0");
    qputenv("LC_ALL", "C.UTF-8");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Tests never touch the person's real data folder.
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace helios::test

#define HELIOS_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        helios::test::prepareEnvironment();                                                        \
        QCoreApplication app(argc, argv);                                                          \
        app.setApplicationName(QStringLiteral("helios-tests"));                                    \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QStyleFactory>
#define HELIOS_TEST_GUI_MAIN(TestClass)                                                            \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        helios::test::prepareEnvironment();                                                        \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                        \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        QApplication app(argc, argv);                                                              \
        app.setApplicationName(QStringLiteral("helios-tests"));                                    \
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));                   \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
#endif
