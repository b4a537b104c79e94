#pragma once

#include "core/domain/error.h"

#include <utility>
#include <variant>

namespace helios {

// A value or an Error; errors travel as values, never as silent empty results.
template <typename T> class [[nodiscard]] Result
{
public:
    // Only for containers that need a default (QCoro::waitFor in tests); holds an error.
    Result() : m_data(std::in_place_index<1>, Error::storage(QStringLiteral("No result."))) {}
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Ok
{
};

// Result of an operation that yields nothing but may fail.
using Status = Result<Ok>;

} // namespace helios
