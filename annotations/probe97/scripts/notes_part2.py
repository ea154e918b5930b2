"""probe97 corpus notes, Q08-Q14 (home health, visiting nurse, phone triage; all invented)."""

Q08 = {"patient_id": "Q08", "age": 69, "sex": "F", "notes": [
("2023-03-15", "Home Health Skilled Nursing Visit", """
SKILLED NURSING - Cedar Valley Home Care
69F s/p R knee arthroscopy (partial meniscectomy) 02/07/2023. ESRD - CCPD at home; insulin-treated DM2 (Levemir + Humalog). Pt has iced the R knee with gel packs 3-4x a day since surgery day per ortho sheet, pack inside a thin kitchen towel.
Noticed a tender purplish spot at the lateral portal 2 weeks ago; now a 3 cm dusky plaque w/ black center there, plus a 2 cm firm violet patch just above the kneecap where the ice pack sits. Both very painful.
Portals otherwise healed, no drainage. T 98.0. Wt 178 lb, BMI 30.0.
Plan: stop ice. Ortho + PCP notified; derm referral faxed.
"""),
("2023-03-16", "Telephone Triage", """
Ortho after-hours triage
Husband (Lionel) calling - wife's "knee sores" darker since yesterday, pain 8 of 10, knee won't bend. No fever, no calf swelling, no SOB.
Per protocol: not a post-op infection picture, but needs eval. Advised keep knee elevated, NO ice or heat, derm appt 3/21 kept; call 911 for chest pain/SOB.
"""),
("2023-03-29", "Dermatology Consult", """
Dermatology consult
R knee: anterolateral 3.5 cm necrotic plaque centered on the arthroscopy portal scar; suprapatellar 2.5 cm retiform violaceous plaque corresponding to ice-pack contact. Onset around March 1.
Bx 3/21 (suprapatellar): calciphylaxis.
Comment: both lesions sit where the knee was injured - the portal from the 2/7 scope and the daily ice applied since that day.
PD pt. Insulin for DM2. Not anticoagulated. BMI 30.0.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 59, "sex": "F", "notes": [
("2018-10-09", "Home Health Skilled Nursing Visit", """
SN visit - diabetic teaching / med mgmt
59F, ESRD, HD MWF at Harlow Dialysis. DM2 on insulin since 2016. Pt self-injects Novolog and Basaglar and always uses her R thigh ("I only ever do the right one, I can see it best").
New: sore firm area inner L thigh x 5 days, purplish with a net pattern, no break in the skin. Pt denies any injection, bump, or heat on the L leg.
Wt 176 lb, Ht 64 in, BMI 30.2.
R thigh: mild lipohypertrophy, no lesions.
Plan: PCP notified, derm referral. Reinforced site rotation to abdomen and R thigh.
"""),
("2018-10-11", "After-Hours Nurse Advice Call", """
After-hours line 22:30 - pt calling
"My left leg on the inside is on fire and there is a black spot coming." No fever. BS 156.
Advised: derm visit is booked, keep appt; tylenol; ED for fever or if area spreads fast. Pt understood.
"""),
("2018-10-23", "Dermatology Consult", """
Dermatology
L medial thigh 6x4cm retiform purpura, eschar centrally. R thigh and abdomen clear.
Bx 10/15: calciphylaxis.
She injects insulin only into the R thigh; her left thigh has been needle-free all along, and no trauma there.
PMH: ESRD/HD, insulin-treated DM2, no anticoagulant. BMI 30.0 today (obese).
STS started w/ dialysis; wound RN.
"""),
]}

Q10 = {"patient_id": "Q10", "age": 67, "sex": "M", "notes": [
("2020-02-20", "Telephone Triage", """
Telephone triage - dialysis unit
Wife (Imelda) calls re husband, 67, HD TTS. "He has a sore purple place on his lower belly since Valentine's Day, hurts like crazy." No injections of any kind, no diabetes, no falls. Took warfarin years ago (stopped 2017).
Disposition: seen at HD tomorrow by NP, derm referral.
"""),
("2020-02-27", "Dermatology Consult", """
Derm
L lower abdomen, just below and left of the umbilicus: 5cm firm violaceous plaque, necrotic centre, livedo around. Punch bx by my colleague on 2/21, read today: calciphylaxis.
No SC meds ever, no heat, no trauma to that area.
Plan: STS with HD. Wt 196 lb, BMI 27.3.
"""),
("2020-03-18", "Home Health Skilled Nursing Visit", """
HH SN - new start of care after hospital stay
Dx: L femoral DVT found 3/10; enoxaparin SC daily started 3/11, being given into the abdomen (R side and L side, avoiding the existing calciphylaxis wound). Pt taught, return demo OK.
Wound: known calciphylaxis L lower abd, stable size, eschar dry.
No new lesions. Plan: wound care per derm, injection teaching cont.
"""),
("2020-04-01", "Nephrology Progress Note", """
Nephrology
Calciphylaxis of L lower abdomen (onset mid-Feb 2020, bx proven), improving on STS. Enoxaparin since 3/11 for DVT, dosing adjusted for HD; no new lesions at injection sites.
History of warfarin use (stopped 2017). BMI 27.3.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 72, "sex": "F", "notes": [
("2021-05-04", "Visiting Nurse Home Visit", """
VN visit
72F, HD MWF, DM2 insulin (glargine to abdomen only), AF on warfarin. Wt 198 lb, BMI 33.8.
Pt/daughter report painful spot R buttock that started about 2 weeks ago - "like sitting on a bee sting". No falls. Nothing injected into hip or buttock, no heat, sits on a cushion.
R buttock, upper outer quadrant: 4x3cm firm violaceous plaque w/ livedo edge, small central black area. Sacrum, L buttock intact.
Plan: MD notified, derm.
"""),
("2021-05-12", "Dermatology Consult", """
Derm consult
R buttock plaque as described by VN; retiform purpura, central necrosis. Favor calciphylaxis; warfarin necrosis in ddx.
Procedure: two 4mm punches taken at the R buttock lesion edge, sutured. Vaseline and bandage.
Plan: f/u path.
"""),
("2021-05-26", "Home Health Wound Care Visit", """
HH wound care
Path from 5/12: calciphylaxis (not warfarin-induced). R buttock eschar sharply debrided at wound clinic 5/20.
Dressing today: hydrogel to base, silicone foam, secured with paper tape; pt says daughter has been laying a warm washcloth on the sore spot since it first hurt, asked her to stop.
Wound 4.5x3.5cm, yellow slough 30%, no odor. Pain 6/10.
Warfarin -> apixaban per nephro. BMI 33.5.
"""),
]}

Q12 = {"patient_id": "Q12", "age": 64, "sex": "M", "notes": [
("2019-03-14", "After-Hours Nurse Advice Call", """
After hours RN line 02:10
Pt calling: "sores on both my legs, below the knee, they hurt so bad I can't sleep." Started couple weeks ago. Asked re injury: denies falls, bumps, scratches, bites, heat or ice, and denies any shots in the legs. On PD at home, no diabetes.
Disposition: appt within 24h w/ PCP or HH RN visit; ED if fever.
"""),
("2019-03-18", "Home Health Skilled Nursing Visit", """
SN visit
64M ESRD on CAPD (4 exchanges). BLE: shins w/ multiple 1-3 cm stellate ulcers with black eschar, livedo racemosa between, very tender. Pt again denies any trauma or heat. No compression stockings.
Wt 171 lb, BMI 25.0.
Discussed w/ MD: derm bx; if admitted he will get SC heparin for DVT ppx (none given so far).
"""),
("2019-04-02", "Nephrology Clinic Note", """
Nephrology
Derm bx 3/25 (L shin): calciphylaxis. Both legs affected.
Pt and wife both deny anything hurting the legs beforehand - no knocks, needles, heat, tight socks.
Plan: STS; debridement scheduled next week at wound center; avoid compression wraps and ice on the legs. Not on warfarin. Non-diabetic.
"""),
]}

Q13 = {"patient_id": "Q13", "age": 55, "sex": "F", "notes": [
("2022-01-12", "Home Health Skilled Nursing Visit", """
SN VISIT
55F, ESRD, HD Tues-Thurs-Sat, DM2 on insulin (pens into belly). Wt 224 lb, BMI 38.0.
1) L shoulder: 4 cm ruptured blister w/ pink moist base - pt dozed off with a heating pad draped over her L shoulder last Sun (1/9). Tender, clean.
2) Bilateral thighs, anterior: several firm violaceous plaques w/ net-like purple edges, 2-5 cm, worst on R. Started ~10 days ago. Thighs: no heat, needles or injury per pt.
Plan: derm ref for thighs; burn care to shoulder (silver sulfadiazine not avail - petrolatum + nonstick).
"""),
("2022-01-14", "After-Hours Nurse Advice Call", """
After-hours call: husband (Orrin)
"Her legs are worse, the top of both legs, black spots now, and the shoulder burn is healing." Pain 8/10. No fever.
Advised: keep derm appt, pain meds as prescribed, ED if fever or confusion.
"""),
("2022-01-25", "Dermatology Consult", """
Dermatology
Thighs (bilat): retiform purpura with necrotic centers. Bx R thigh 1/18: calciphylaxis.
L shoulder: healing superficial partial-thickness burn (heating pad), healing. Not calciphylaxis - no induration, no retiform pattern, re-epithelializing.
No trauma to thighs. Diabetic, uses insulin; warfarin never. BMI 38.0.
P: STS at dialysis. Heating pad thrown out.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 70, "sex": "M", "notes": [
("2024-02-06", "Home Health Skilled Nursing Visit", """
SN visit - start of care
70M CKD 5 (eGFR 9), not on dialysis yet, fistula maturing. DM2 on insulin; wife gives his Toujeo and Admelog into the upper arms (R and L). Morbid obesity: wt 302 lb, BMI 42.3.
Skin intact, large pannus w/o breakdown.
Education: calciphylaxis risk in kidney failure explained - no heating pads, keep moving insulin sites around, report painful skin spots.
"""),
("2024-04-16", "Telephone Triage", """
Telephone triage - nephrology line
Pt started in-center HD 3/5 (MWF). Calling re "a dark, sore patch under my belly fold", about a week. No injections there ("she does my arms"), no heating pad, no rubbing.
Disposition: seen at HD by NP tomorrow; derm referral.
"""),
("2024-04-30", "Dermatology Consult", """
Derm
Pannus, lower: 7x5cm violaceous retiform plaque, eschar in middle. Bx 4/23: calciphylaxis.
Arms where insulin goes: clear.
Counselled: keep insulin out of abdomen and thighs, no heating pads or tight belts, new lesions possible.
HD pt; insulin-treated diabetes; no coumadin. BMI 41.6.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
