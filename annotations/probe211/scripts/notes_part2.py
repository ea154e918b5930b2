"""probe211 corpus notes, A08-A14 (interventional pain clinic and the services around it; all invented)."""

A08 = {"patient_id": "A08", "age": 63, "sex": "M", "notes": [
("2023-10-17", "Pain Clinic Return Visit", """
PAIN CLINIC -- RTC    10/17/2023

63M, chronic R hip/buttock pain (R hip OA + gluteal tendinopathy), not keen on
injections. Uses his TENS unit daily, electrodes on the R lumbar area. He has worn the unit
since 2021 in a hard plastic holster clipped to a tight leather belt, right over
the R lateral hip; says the clip leaves a deep red dent there by evening.
PMH: ESRD on MWF dialysis; DM2 on linagliptin alone (never insulin); gout; HLD.
VS: BP 150/84  HR 80  BMI 31.7

Exam: R greater trochanter TTP, FABER + R. Red pressure mark over the R lateral hip
where the clip sits; skin unbroken.
Plan: suggested wearing the holster at the front or in a pocket; continue TENS
20-30 min sessions; PT for hip abductor strengthening. RTC 3 mo.
"""),
("2023-12-12", "Dermatology New Patient", """
DERM NEW PT     12/12/23

HD unit sent him about a painful sore on his R side since Thanksgiving.
Exam: over the R trochanter, lateral hip -- 4cm indurated violaceous plaque,
retiform purpuric edge, 1cm central necrosis, precisely where the
TENS holster clip presses at his belt line. He still wears it there most days.
Rest of skin: clear.

Punch biopsy taken from the plaque edge, sent (H&E, calcium stains).
Impression: r/o calciphylaxis in a dialysis diabetic vs pure pressure necrosis.
Plan: stop wearing the holster on the R hip starting today; f/u path 1 wk.
"""),
("2024-01-09", "Wound Care Clinic", """
WOUND CARE -- 1/9/24
Path: calcified small vessels, thrombi and lobular panniculitis = calciphylaxis.
Derm attributes the location to chronic pressure from the TENS holster clip he has
worn on that hip since 2021.
Wound R lateral hip ulcer 3.1x2.8cm, eschar 60%, slough 40%, minimal exudate.
Nephrology began STS on 12/20 with HD.
Tx: collagenase to the slough, foam border dressing.
Pain: still using TENS, unit now carried in a trouser pocket.
BMI 31.2 after 2 kg wt loss.
See again 1 wk.
"""),
]}

A09 = {"patient_id": "A09", "age": 59, "sex": "F", "notes": [
("2021-06-01", "Pain Clinic Procedure Note", """
TRIGGER POINT INJECTION -- procedure note   06/01/2021

Site: R gluteus medius, upper outer R buttock, 3 points. Repeat of the 5/4/21
series, which gave ~5 weeks of relief.
59F -- dialysis MWF; diabetic (type 2) on basal insulin; BMI 35.8; no anticoagulant.
Consent reviewed; chlorhexidine prep; 27g needle, 2 mL 0.5% lidocaine per point.
Local twitch at 2 of 3. Tol well, no bleeding.
Pain 8/10 -> 3/10 at 10 min.
Plan: piriformis/glute stretching HEP, may repeat in 2-3 months if relief holds.
"""),
("2021-07-20", "Dermatology Consult", """
Derm consult -- 7/20/21

59 y/o woman, dialysis, insulin-requiring DM2; c/o exquisitely painful black area L buttock, first
noticed in late June.
Exam: L medial buttock near the gluteal cleft, 6x4cm eschar, livedo racemosa
trailing onto the L posterior thigh. R buttock, including the upper
outer quadrant where her trigger point injections were given, is soft and normal;
no induration or discoloration there.
Procedure: 2 x 5mm punches from the L buttock lesion edge.
Impression: suspect calciphylaxis.
Plan: path 5-7 days; wound care; pain clinic aware; strict offloading of the L buttock.
"""),
("2021-08-03", "Hemodialysis Physician Note", """
HD MD note -- 08/03/21
Derm bx (7/20) confirms calciphylaxis of the L buttock: medial calcification,
thrombi, necrotic fat.
Thiosulfate 25 g IV each session, run in over the final 60 min. Binder changed to sevelamer.
Run: 4h, UF 2.4L, BP 146/78. Kt/V 1.4.
This month's draw: phos 6.2 / corrected Ca 9.8 / iPTH 530.
Pt asked whether the pain clinic shots caused this. Her prior TPIs were all in the
RIGHT buttock, but the ulcer is on the left -- explained these are not connected.
Wt 96 kg (BMI 35.8). Insulin per PCP.
"""),
]}

A10 = {"patient_id": "A10", "age": 71, "sex": "M", "notes": [
("2020-10-06", "Pain Clinic Visit", """
Pain clinic -- 10/6/2020

71M on PD, AF on warfarin, c/o burning L front-of-thigh pain. Says a dark "bruise"
showed up on the L anterior thigh around Labor Day and the pain started with it.
Denies any fall or knock. For two weeks an electric pad has warmed the spot at
night.

Exam: 3 cm dusky purple firm plaque L anterior mid-thigh; surrounding quadriceps
tender with taut bands. Felt to be a hematoma in an anticoagulated pt plus a
myofascial component.
Procedure: TPI x2 into L anterior thigh muscle, 1 mL 1% lidocaine each, away from
the plaque. Tol well.
BMI 26.9. Not diabetic.
Plan: stop heating pad; INR check; re-eval 2 wks.
"""),
("2020-10-20", "Dermatology Consult", """
DERMATOLOGY CONSULT -- 10/20/20

Plaque L anterior thigh has enlarged to 7x5cm w/ central eschar and livedo border.
Onset early September per pt -- before the 10/6 trigger point injections and before
he started the heating pad (both came afterwards).
Bx today (deep incisional) shows the classic triad (arteriolar calcium,
intravascular clot, necrotic fat): calciphylaxis.
ESRD on PD, warfarin x 4 yrs. Ca 9.5 Phos 5.9 PTH 410.
Plan: renal to address warfarin; STS; wound care; avoid further injections or heat at
the site.
"""),
("2020-11-10", "Nephrology PD Clinic", """
PD clinic 11/10/20
Calciphylaxis L anterior thigh, bx-proven 10/20.
Anticoag: warfarin stopped 10/23; apixaban 2.5 twice daily from that day.
Thiosulfate 25g thrice weekly at infusion, mild nausea only.
PD: CCPD 4 cycles, 2.5 L, UF 900 mL/day, no peritonitis.
Wound: smaller eschar per wound RN, pain 5/10.
Bloods: iPTH 388, phos down to 5.2, Ca 9.1
Wt 80 kg, BMI 26.9.
Plan: keep STS going, add cinacalcet 30, see again in 4 wks.
Pt and wife taught to watch for new painful spots; full skin check today shows
no other lesions. Effluent clear. BP 128/74.
"""),
]}

A11 = {"patient_id": "A11", "age": 68, "sex": "F", "notes": [
("2022-07-26", "Dermatology Clinic", """
Dermatology -- 7/26/22

68F, HD Tue/Thu/Sat, insulin-using DM2 (injects abdomen), BMI 38.0, referred for
painful ulcer L posterior calf since early July. Leg never injured, never
injected, never heated or iced.
Exam: L posterior calf ulcer measuring 4x3cm; eschar-covered; retiform
violaceous rim.
R leg, thighs and abdomen without lesions; abdominal insulin sites look fine.
Procedure: 4 mm punch x2 at ulcer margin, hemostasis with AlCl.
Path (prelim, called 7/28 and appended): calcified subcutaneous vessels, thrombi ->
calciphylaxis.
Plan: wound clinic, renal for STS, pain service re: dressing-change pain.
"""),
("2022-08-09", "Wound Clinic Note", """
WOUND CLINIC 08/09/2022

Dx: L posterior calf calciphylaxis, bx-proven 7/26.
Wound: 4.6x3.3x0.4cm; half eschar, a third slough, rest granulating.
Sharp debridement with curette to remove loose slough, ~2 sq cm, pt premedicated.
Tolerated poorly (pain 9/10) despite topical lidocaine.
Dressing: Ag alginate, foam border, tubular retention sleeve (no compression).
Pt inquired about a hot water bottle for the leg at night -- advised against it.
Plan: weekly visits; pain service consult for procedural analgesia.
Periwound violaceous, no cellulitis, culture not sent. Pt tearful, pain breaks up
her sleep. Fingerstick 212 today -- reviewed mealtime insulin timing.
"""),
("2022-08-16", "Acute Pain Service Note", """
ACUTE PAIN SERVICE -- 8/16/22

Consulted for dressing-change pain, L calf calciphylaxis wound.
Yesterday (8/15) a continuous popliteal sciatic catheter was placed under US in the
L popliteal fossa: ropivacaine 0.2% at 6 mL/h, catheter site clean, dressing dry.
Today's dressing change pain 3/10 vs 9/10 last week.
EMLA to wound edges 30 min before changes; warmed saline soaks on the wound
bed beforehand.
HD today, catheter secured. Insulin glargine continued; glucose 140s-190s.
Plan: catheter for up to 5 days, then PO regimen (gabapentin post-HD, low-dose
hydromorphone prn).
"""),
]}

A12 = {"patient_id": "A12", "age": 55, "sex": "M", "notes": [
("2023-03-14", "Dermatology Consult", """
DERMATOLOGY CONSULT    14 Mar 2023

55M, ESRD, HD through a L radiocephalic fistula; prediabetic only (HbA1c 6.1, no
diabetes meds -- not diabetic).
2-month history: tender purple areas, inner aspect of both thighs; two have
developed black centers.
Specifically denies shots of any sort, heat packs, ice, tight clothing, falls or
bumps to the thighs.
Exam: bilateral medial thighs -- retiform purpura, 10 and 7 cm, central eschars
2-3 cm. No lesions elsewhere.
Bx L medial thigh today: extensive small-vessel calcification and thrombosis ->
calciphylaxis (read out 3/17, added).
Plan: renal re: STS; wound care; pain clinic.
"""),
("2023-04-04", "Pain Clinic Consult", """
PAIN CLINIC CONSULT 4/4/23

Reason: pain from calciphylaxis of both medial thighs; also chronic LBP.
BMI 29.9 (overweight). Not on warfarin or other anticoag.
Exam: medial thigh eschars w/ surrounding livedo, allodynic.
Plan:
- hydromorphone 0.5-1mg PO, max QID; gabapentin 100mg after dialysis
- L4-5 ESI for back pain is planned for next month once wounds stabilize
- heat packs and ice are off-limits on the thighs
- if inpatient DVT ppx is ever needed, avoid enoxaparin into the thighs
RTC 4 wks.
"""),
("2023-05-02", "Wound Clinic Note", """
Wound clinic -- 05/02/2023
Bilateral medial thigh calciphylaxis wounds.
L: 9 x 6 cm, eschar 40%, granulation at edges.
R: 6 x 5 cm, eschar 70%.
No new wounds. Again no trauma to his legs, nothing hot or cold, no injections.
STS with HD since 3/21. Pain down to 4/10 with current meds.
Dressings: hydrogel to eschar, ABD pad, mesh pants for retention, no tape on skin.
ESI not yet done, pain clinic to reschedule.
Periwound skin intact, no maceration. BP 139/81. Mood better, sleeping 6 h.
Plan: RTC 2 wks.
"""),
]}

A13 = {"patient_id": "A13", "age": 64, "sex": "F", "notes": [
("2022-09-13", "Pain Clinic Procedure Note", """
PROCEDURE: L greater trochanteric bursa injection    9/13/22

Indication: L lateral hip pain, greater trochanteric pain syndrome.
64F on PD, DM2 on glipizide, obesity (BMI 33.4). No anticoagulants.
US-guided, 22g spinal needle, 1 mL triamcinolone 40 + 4 mL 0.25% bupivacaine into the
L trochanteric bursa. No complications.
Positioned lateral decubitus, L side up; site marked, time-out done. BP 134/76,
FSBG 142.
Pain 7 -> 2/10 at 15 min.
Aftercare: may use moist heat over the L hip 20 min BID for soreness. Warned about
a transient sugar rise and a possible 1-2 day flare.
RTC 6 wks.
"""),
("2022-11-01", "Pain Clinic Follow-up", """
Pain clinic f/u -- Nov 1 2022

Hip pain at the trochanter is much better; she's kept a heat pad on the L hip most
evenings since the injection. New complaint: since mid-October a very tender,
hard purple patch halfway down the outer L thigh, well below where the shot was
given and below where the heat pad sits.
Exam: L lateral mid-thigh, 5x4cm indurated violaceous plaque, small central
blister. L hip over the trochanter: skin normal.
A: ?calciphylaxis (PD, DM) vs panniculitis.
P: derm urgent; stop heating pad for now.
"""),
("2022-11-15", "Dermatology Note", """
DERMATOLOGY -- 11/15/22
Bx (11/4, L lateral thigh): calcific uremic arteriolopathy (thrombosed,
calcified vessels in necrotic fat) -- i.e. calciphylaxis.
Location: L lateral thigh at mid-shaft, about a hand-span (15cm) below the
trochanter. The trochanteric injection site and the area she heated over the hip are
clear -- the lesion does not involve the hip.
Meds: glipizide, no insulin; PD nightly.
Exam today: plaque now 6x4cm, central eschar about 1cm; no new lesions. Pain 6/10.
Counseled to skip heat and any injections near the thigh; photos in media tab.
Plan: thiosulfate (nephrology), wound clinic, recheck 3 wks.
"""),
]}

A14 = {"patient_id": "A14", "age": 60, "sex": "M", "notes": [
("2024-02-06", "Pain Clinic Visit", """
PAIN CLINIC -- 2/6/24

60M with chronic mechanical LBP, R-sided; dialysis Tue-Thu-Sat; insulin-requiring
diabetes (injects abdomen); BMI 28.0; no warfarin.
Trialed TENS in clinic today, good response. Home unit issued. Pads placed on the
R low back paraspinals; instructed 30 min sessions up to 3x/day, move pads slightly
each time, do not sleep with it on.
Exam: R L4-5 paraspinal TTP, no radicular signs. Skin of back and legs intact.
Vitals: BP 149/86, HR 78. Goals: walk 20 min a day, sleep more than 5 h.
Plan: TENS, PT, acetaminophen. RTC 5 wks.
"""),
("2024-03-12", "Pain Clinic Follow-up", """
Pain f/u  03/12/2024
Using TENS several times daily, often longer than advised, pads always in the same
spot. Now two itchy, sore rectangles under the electrodes, R lumbar area.
Exam: two 4 x 5 cm sharply geometric erythematous patches matching the pad shape,
a few small blisters, no purpura, no necrosis.
A: electrode burn / irritant contact dermatitis from TENS pads -- not calciphylaxis.
P: stop using pads there for 2 wks, then rotate sites; hydrocortisone 1% cream.
BP 156/88.
"""),
("2024-04-16", "Dermatology Consult", """
DERM CONSULT 4/16/24
Painful dark spots on both calves since early April. No injury, heat, cold or
shots to the legs; insulin goes only into the abdomen (skin there normal).
Exam: bilateral posterior calves -- retiform purpura, 3 areas L, 2 areas R,
the largest with 2cm eschar. R low back TENS marks have healed to faint
pink rectangles (contact burns, not related).
Bx R calf: calciphylaxis -- calcified vessel walls, clot, necrotic fat.
Plan: renal for STS; wound clinic.
"""),
("2024-05-07", "Wound Clinic Note", """
WOUND CLINIC  5/7/24
Dx: calciphylaxis, BLE calves, bx 4/16.
L calf wounds: 2.1, 1.4, 1.0 cm; R calf: 2.6 x 2.0 (eschar), 0.8 cm.
No infection. Pain 6/10.
STS IV with HD since 4/23.
Dressings: calcium alginate + foam, tubular bandage, no compression.
Insulin per endocrine, A1c 7.4. Wt 86 kg, BMI 28.0.
Bed: pale granulation about 40%, rest eschar. Periwound livedo fading, no odor.
He has put the TENS away for now. Hyperbaric referral raised, deferred.
Plan: weekly; pain clinic re: regimen.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
