# Barua pepe na SMS ambazo huduma hutuma, kwa Kiswahili: jumbe zile zile na
# vishika nafasi vile vile kama faili la Kiingereza.

email-confirm = Thibitisha akaunti yako ya Pocket: { $link } (kiungo kinafanya kazi kwa saa { $hours })
    .subject = Thibitisha barua pepe yako
email-sign-up-attempt = Mtu fulani alijaribu kufungua akaunti ya Pocket kwa barua pepe hii, ambayo tayari ina akaunti. Ikiwa ni wewe, ingia kwa nenosiri lako. Ikiwa si wewe, huhitaji kufanya lolote: akaunti yako haijabadilika.
    .subject = Mtu fulani alijaribu kujisajili kwa barua pepe yako
email-reset-password = Mtu fulani aliomba kuweka upya nenosiri la akaunti yako ya Pocket. Ili kuchagua jipya, fungua { $link } ndani ya dakika { $minutes }; kila simu iliyoingia kwenye akaunti itatolewa. Ikiwa si wewe, puuza barua pepe hii: nenosiri lako halijabadilika.
    .subject = Weka upya nenosiri lako la Pocket
email-password-changed = Nenosiri la akaunti yako ya Pocket limebadilishwa, na kila simu iliyoingia kwenye akaunti imetolewa. Ikiwa si wewe, liweke upya tena mara moja kutoka skrini ya kuingia.
    .subject = Nenosiri lako la Pocket limebadilishwa
email-recover-payment-password = Ili kuchagua PIN mpya ya malipo, fungua { $link } ndani ya dakika { $minutes } na ujibu maswali yako ya usalama. Ikiwa si wewe, kuna mtu aliyeingia kwenye akaunti yako: badilisha nenosiri lako la kuingia na uchague "Toka kwenye vifaa vyote" kwenye Mipangilio.
    .subject = Rejesha PIN yako ya malipo
email-payment-password-changed = PIN ya malipo ya akaunti yako ya Pocket imebadilishwa kwa kutumia majibu yako ya maswali ya usalama. Ikiwa si wewe, badilisha mara moja nenosiri lako la kuingia na uchague "Toka kwenye vifaa vyote" kwenye Mipangilio.
    .subject = PIN yako ya malipo imebadilishwa
sms-code-card-payment = Msimbo wako wa Pocket ni { $code }. Unathibitisha malipo kwa kadi na unafanya kazi kwa dakika { $minutes }. Hakuna mtu wa Pocket atakayekuomba msimbo huu.
    .subject = Msimbo wa malipo
sms-code-card-top-up = Msimbo wako wa Pocket ni { $code }. Unathibitisha kuongeza pesa kutoka kwenye kadi yako na unafanya kazi kwa dakika { $minutes }. Hakuna mtu wa Pocket atakayekuomba msimbo huu.
    .subject = Msimbo wa kuongeza pesa
