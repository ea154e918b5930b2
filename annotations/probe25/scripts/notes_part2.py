"""probe25 corpus notes, X08-X14 (nursing-home and post-acute rehabilitation records; all invented)."""

X08 = {"patient_id": "X08", "age": 70, "sex": "M", "notes": [
("2023-10-30", "Physician Monthly Visit", """
MONTHLY VISIT - Willowmere Nursing & Rehab
70M LTC resident. CKD stage 4 (eGFR 17, creat 3.6) d/t diabetic nephropathy - fistula placed L arm in Sept, nephrology plans to start HD when eGFR <12 or symptomatic. DM2 on insulin degludec 22 u daily. Chronic low back pain (lumbar stenosis).
Skin per nursing: R heel stage 2 healed last month, otherwise intact.
Wt 86 kg, BMI 28.4.
A/P: CKD4 - continue renal diet, labs q2wk. DM - A1c 7.3, no change. LBP - APAP scheduled, PT consult.
"""),
("2024-01-22", "Weekly Wound Rounds", """
Wound rounds 1/22/24
Pt started HD in December (MWF, L arm fistula). New findings: lower back, across the lumbar area (about L3-L5 level), midline: 2 purple-black plaques, 4.1x2.9cm and 2.6x2.0cm, hard, indurated, with lacy mottling between them. Pt says they began 2 weeks ago, very painful at night.
Note - pt keeps a plug-in heating pad from home in his bed and admits he sleeps on it, under the low back, every night since the fall (set on HIGH). Reddish-brown mottled skin around lesions c/w heat exposure.
Heating pad removed and sent home with daughter. Education given re: no heat devices.
Wound-bed: eschar 55% / necrotic purple 45%. Periwound intact.
Sacrum, coccyx, heels intact. Braden 17.
MD & NP aware; derm referral.
"""),
("2024-02-02", "Dermatology Consult", """
DERMATOLOGY CONSULT (in-facility visit)
HPI: 70M, recently initiated on HD (Dec 2023) for ESRD, insulin-treated T2DM. Painful lumbar plaques, on the skin his heating pad has warmed nightly.
Exam: Lower back: two stellate necrotic plaques with peripheral retiform purpura, set within reticulated brown erythema ab igne.
Procedure: 4 mm punch, lower back, from the rim of the larger plaque.
Path (returned 2/2): calciphylaxis.
Impression: calciphylaxis of the lower back, localized to the area of chronic thermal injury from a heating pad.
Recs: STS with HD, avoid all heat, gentle dressings, pain control, nephrology for binder adjustment.
"""),
]}

X09 = {"patient_id": "X09", "age": 69, "sex": "F", "notes": [
("2022-07-11", "Nursing Admission Skin Assessment", """
Skin assessment on admission - Sunnyvale Gardens LTC
69F. ESRD, in-center HD three days a week. DM2, on insulin: glargine 26 u HS + correction lispro. R CVA 2020 (hospital d/c summary wrongly says L MCA) w/ residual L sided weakness; resident asks that injections go on her "good side" - right abdomen or right thigh only.
Ht 157 cm Wt 95.4 kg BMI 38.7 (obese).
Sacrum: stage 2, 1.5x1.0cm, pink, moist, POA.
L buttock: MASD, erythema with patchy denudement from incontinence.
All other skin intact including both thighs.
Plan: foam to sacrum, zinc barrier to buttocks, incontinence care q2h and prn, air mattress, T&P q2h.
"""),
("2022-08-30", "Weekly Wound Rounds", """
WOUND ROUNDS 8/30
1. Sacrum stage 2 - 0.6x0.4, 100% pink, improving.
2. L buttock MASD resolved.
3. NEW L lateral thigh, mid-third: 5x3.5cm indurated retiform purpura with a 1.5 cm black necrotic center. Onset approx 8/24 per CNA. Extreme pain. MAR shows no insulin ever given on her L side (every site entry = R abd or R thigh). No fall, no bump; resident denies anything touching there. No heat.
Suspicious for calciphylaxis. MD notified.
"""),
("2022-09-08", "Physician Progress Note", """
MD note - Dr. Haverford
Punch bx L lateral thigh (9/2): calciphylaxis confirmed. Location is the L thigh; she has only ever been injected on the right side (R abdomen, R thigh), which shows no lesions - R thigh exam today normal, no induration.
Plan: STS w/ HD, stop calcium-based binder, sevelamer, wound care per WCC. Insulin: continue R-sided sites. Obesity BMI 38.7 - dietitian.
"""),
]}

X10 = {"patient_id": "X10", "age": 76, "sex": "M", "notes": [
("2019-05-06", "Weekly Skin Check", """
Weekly skin check - Pinecrest Manor, Hall 2
76M ESRD on HD TTS, A-fib on Coumadin (INR 2.4). No diabetes.
R posterior calf: new painful purple patch first seen by CNA 5/2/19 during shower, now 3.2x2.5cm, firm, center beginning to darken. Very tender.
Res denies any bump, fall, injection or anything hot or cold on the leg. No subcutaneous meds are ordered for him.
Other skin: L elbow old healed skin tear, sacrum intact, heels intact.
Notify MD/wound RN.
"""),
("2019-05-21", "Incident Report - Skin Tear", """
SKIN TEAR - incident note
5/20/19 at approx 1515 res's R shin caught against the edge of the w/c leg rest during transfer back from dialysis van.
R anterior shin: skin tear Type 2 (partial flap loss), 3.0x1.2cm, bleeding controlled with pressure.
Flap approximated w/ steri strips, non-adherent contact layer, secured with gauze wrap - NO tape. Arrow marked on dressing for removal direction.
Leg rest padded. Staff re-educated on 2-person transfer.
Note: the R posterior calf lesion (present since 5/2) is on the back of the leg, not involved in this injury.
"""),
("2019-06-04", "Physician Monthly Visit", """
Physician visit
R calf lesion biopsied 5/24 by derm - path: calciphylaxis. Wound now 4x3cm, 60% eschar.
The calf lesion was present from 5/2; the skin tear of the shin happened on 5/20, well after, and is healing fine (90% epithelialized).
Warfarin -> switch to apixaban, discussed w/ cardiology. BMI 24.1.
STS with dialysis. Wound care: santyl to eschar edges (wound MD), foam.
"""),
]}

X11 = {"patient_id": "X11", "age": 64, "sex": "F", "notes": [
("2025-02-14", "Weekly Wound Rounds", """
Wound Rounds - Meadowlark Care & Rehab, Rm 118
64F, ESRD on PD (CCPD), T2DM on insulin (detemir + aspart, given in upper arms), HTN. Took warfarin 2018-2021 for a DVT, stopped.
L buttock, upper outer quadrant: NEW 2/10, found at bath. 4.2x3.3cm purple-black area, non-blanchable, hard, extremely painful. Staged by night RN as unstageable PI.
Res says she has not been lying on her L side - prefers R. Not over a bony prominence.
Nothing was applied to that area before it appeared - no heat, no injections, no tape.
BMI 41.0.
Low air loss mattress ordered. NP aware.
"""),
("2025-02-26", "Wound Care Physician Note", """
WOUND PHYSICIAN NOTE
L buttock lesion - biopsy 2/19 (punch, edge): calciphylaxis. Reclassified: NOT a pressure injury.
Since 2/20 nursing has been applying warm packs to the L buttock for comfort per her request; this started after the lesion was already there. Will stop warm packs anyway (heat may worsen).
Sharp debridement today of loose necrotic tissue at the 3 o'clock edge, minimal bleeding, hemostasis w/ pressure. Post-debridement 4.6x3.5x0.3cm, bed 40% yellow slough / 60% eschar.
Dressing: calcium alginate + bordered foam daily. Avoid adhesive - periwound stripping noted from tape.
STS IP via PD per nephrology.
"""),
("2025-03-12", "Treatment Administration Record", """
TAR - March 2025
L buttock calciphylaxis wound: cleanse NS, calcium alginate, silicone bordered foam, change daily.
3/1 done  3/2 done  3/3 done (res refused x1, done 1400)  3/4 done  3/5 done  3/6 done
3/7 done - edges with less purple, pain 6/10
3/8 - 3/12 done
Warm packs: DISCONTINUED 2/26.
Turning q2h avoiding L side; air mattress check each shift - functioning.
Weight 3/10: BMI 40.6.
"""),
]}

X12 = {"patient_id": "X12", "age": 57, "sex": "M", "notes": [
("2020-03-10", "Nursing Admission Assessment", """
ADMISSION - Tall Pines Subacute
57M transferred from Bayfront Hospital where lower abdominal wall calciphylaxis was diagnosed by biopsy (2/28/20). ESRD, HD three times weekly via L forearm graft. DM2 on linagliptin only - never on insulin, no injections at home.
Abdomen/pannus: lower pannus has 3 necrotic plaques, largest 6.0x4.1cm, 80% black eschar, surrounding livedo. 2 smaller ones 2x2 and 1.5x1cm. No odor.
Rest of skin intact. Heels intact.
Wt 148 kg Ht 181.6 cm BMI 44.9. Bariatric bed.
Pt says no to heating pads, ice packs, tight belts/waistbands, falls or any injury to the belly. Wears loose sweatpants.
"""),
("2020-03-24", "Care Plan Conference", """
INTERDISCIPLINARY CARE PLAN CONFERENCE
Attendees: RN, SW, RD, PT, resident, wife.
Section M (skin) summary:
 M0210 unhealed pressure ulcers: [ ] yes [x] no
 M1040 other ulcers/wounds: [x] other open lesion(s) - calciphylaxis abdomen
 M1200 treatments: [x] M1200B pressure-reducing bed device [x] nutrition/hydration [x] applications of dressings (other than to feet)
Goals: pain controlled <4/10 during wound care; no new lesions.
Interventions: pannus support with soft wrap (loose), pressure relief, SC heparin for DVT prophylaxis to START after vascular review - if it is started, nurses are to inject in the upper arms only, never into the abdomen.
Pt education: avoid any injection or heat to belly. Pt verbalized understanding.
"""),
("2020-04-07", "Physician Monthly Visit", """
Monthly visit. Lower abdominal wall calciphylaxis (bx-proven 2/28). Lesions stable, no new ones. Heparin was never started - ambulating 200 ft with PT, DVT ppx not needed.
Again reviewed: no injections, trauma or heat to the abdomen at any time before lesions appeared.
BMI 44.2. ESRD HD. Plan: continue STS, sevelamer, wound care, pain control.
"""),
]}

X13 = {"patient_id": "X13", "age": 80, "sex": "F", "notes": [
("2021-09-02", "Weekly Wound Rounds", """
WEEKLY WOUND ROUNDS 9/2/21 - Elmhurst Residence
80F ESRD HD (TTS), frail, BMI 19.8, non-diabetic, on aspirin only.
1) R heel DTI - 2.5x2.0cm maroon intact skin, from pressure in bed (heel not floated over the weekend). Heel boot on, floated on pillows.
2) L forearm skin tear 8/29 - caught on w/c armrest during transfer. STAR category 1b, 4.0x1.5cm. Flap approximated, silicone contact layer, wrapped.
3) Sacrum intact. Thighs intact.
Braden 12 - high risk. Reposition q2h, supplement TID.
"""),
("2021-09-20", "Weekly Skin Check", """
Skin check 9/20
New: medial thighs, both sides: purple net-like patches w/ firm dark centers. L medial thigh 3x2.2cm; R medial thigh 2.8x2cm. Pain 7/10. Noticed 9/17 by CNA. No device, no brief band there (res wears pull-up brief, elastic sits at waist), no injections given (no SC meds), no falls.
R heel DTI - now intact, fading. L forearm skin tear - healing, 80% epithelialized.
Wound MD and nephro notified.
"""),
("2021-10-01", "Dermatology Consult", """
Dermatology - facility consult
Bilateral medial thigh lesions: biopsy L medial thigh 9/24 -> calciphylaxis. Diagnosis confirmed.
Heel: resolving deep tissue pressure injury - typical appearance, not calciphylaxis. L forearm: healing skin tear, not calciphylaxis.
No local trauma preceding the thigh lesions.
Plan: thiosulfate at dialysis; local wound care; analgesia; goals-of-care talk with son.
"""),
]}

X14 = {"patient_id": "X14", "age": 72, "sex": "M", "notes": [
("2024-10-08", "Nursing Admission Assessment", """
Admission skin assessment - Riverstone Post-Acute
72M from Holloway Medical Center for 6 wks IV abx - osteomyelitis under a R 1st toe arterial ulcer, declined amputation. PAD, ESRD on PD (manual CAPD 4 exchanges), DM2 on insulin glargine + lispro, given in the abdomen.
R great toe: dry arterial ulcer 1.0x0.8cm, black base, pale periwound, DP pulse absent.
L calf: intact. Sacrum intact.
Ht 180 cm, Wt 98.5 kg - BMI 30.4.
Plan: offload R foot, heel protectors, PD per schedule.
"""),
("2024-11-05", "Physician Progress Note", """
Physician note
New L posterior calf lesion since 10/28: violaceous plaque 3x3cm with central necrosis. Biopsy 11/1: calciphylaxis.
No trauma to the L leg before onset - injections only ever in the abdomen, which is clear of lesions. R toe ulcer is arterial (PAD), unchanged.
Counselled resident: avoid heat, ice, compression wraps and any injections on the legs; insulin stays in the abdomen.
Plan: STS via PD, sevelamer, pain control.
"""),
("2024-11-19", "Weekly Wound Rounds", """
WOUND ROUNDS 11/19
L post calf calciphylaxis: 3.2x3.0, eschar 80%, slough 20%. No drainage. Alginate + foam, wrap loosely, no tape on skin.
R great toe arterial ulcer: dry, stable, betadine paint daily, vascular f/u.
Braden 16. Pt educated again: no compression stockings on L leg.
"""),
]}

PATIENTS = [X08, X09, X10, X11, X12, X13, X14]
