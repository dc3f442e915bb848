// The sample campaign of `report init`: data written once (a fictional tea brand's spring launch,
// 2026-03-02 to 2026-03-29) and kept here as the files it writes, byte for byte. Edit them freely:
// `InitTests` builds the sample and checks it stays clean.

extension SampleData {
    /// orders.csv: the header, the baseline's orders, March's, then those of the attribution window after March.
    static var orders: String { [ordersHeader, ordersBefore, ordersMarch, ordersAfter].joined(separator: "\n") + "\n" }

    /// The columns of orders.csv (no currency column: the campaign's currency applies).
    static let ordersHeader = #"""
order_id,date,revenue,promo_code,utm_source,utm_medium,utm_campaign,utm_content
"""#

    /// The baseline (2026-02-16 to 2026-03-01): orders that owe nothing to the campaign.
    static let ordersBefore = #"""
B1001,2026-02-16T07:12,38.00,,newsletter,email,,
B1002,2026-02-16T07:17,29.90,,,,,
B1003,2026-02-17T20:22,29.90,,google,cpc,,
B1004,2026-02-18T10:52,29.90,,,,,
B1005,2026-02-18T16:17,52.00,,,,,
B1006,2026-02-19T07:01,64.00,,google,cpc,,
B1007,2026-02-20T18:06,45.90,,,,,
B1008,2026-02-20T21:47,29.90,,,,,
B1009,2026-02-21T07:11,45.90,,,,,
B1010,2026-02-21T09:30,45.90,,,,,
B1011,2026-02-22T12:00,89.00,,google,cpc,,
B1012,2026-02-23T21:56,112.50,,google,cpc,,
B1013,2026-02-24T11:09,89.00,,,,,
B1014,2026-02-24T22:47,89.00,,google,cpc,,
B1015,2026-02-25T08:46,112.50,,,,,
B1016,2026-02-25T19:12,138.00,,newsletter,email,,
B1017,2026-02-26T14:35,89.00,,newsletter,email,,
B1018,2026-02-26T22:24,38.00,,google,cpc,,
B1019,2026-02-27T15:45,64.00,,google,cpc,,
B1020,2026-02-27T18:59,72.40,,,,,
B1021,2026-02-28T07:19,52.00,,,,,
B1022,2026-02-28T14:49,64.00,,newsletter,email,,
B1023,2026-02-28T19:51,64.00,,google,cpc,,
B1024,2026-03-01T07:56,64.00,,,,,
B1025,2026-03-01T15:52,112.50,,google,cpc,,
B1026,2026-03-01T17:25,64.00,,google,cpc,,
B1027,2026-03-01T22:33,38.00,,,,,
"""#

    /// April: the end of the 30-day attribution window.
    static let ordersAfter = #"""
B1335,2026-04-06T20:13,52.00,,google,cpc,,
B1336,2026-04-07T08:04,72.40,,,,,
B1337,2026-04-08T17:46,138.00,,,,,
B1338,2026-04-09T11:45,38.00,,,,,
B1339,2026-04-10T07:23,38.00,,,,,
B1340,2026-04-16T09:12,52.00,,newsletter,email,,
B1341,2026-04-17T09:47,38.00,,,,,
"""#
}
