"""probe123 corpus notes, G08-G14 (obesity medicine and PM&R; all invented)."""

G08 = {"patient_id": "G08", "age": 47, "sex": "F", "notes": [
("2026-01-20", "Bariatric Medicine Follow-up", """
Medical wt loss / post-bariatric visit
47F, 14 mo s/p sleeve gastrectomy (done to qualify for kidney tx listing). five years into thrice-weekly center HD for ESRD. DM2 now diet controlled, never on insulin. No anticoagulants.
Wt 89.3 kg (peak 131), BMI 34.2. Loose skin of lower abdomen bothering her, panniculus hangs over waistband. Bought a "medical grade" high-compression shapewear girdle earlier this month, wears it daily from morning until HD ends, "it's like a tourniquet but I look great in it".
Counseled: ok for comfort but not so tight it leaves grooves; plastics referral for pannus eval after wt plateau.
Labs: Phos 6.4, albumin 3.4.
"""),
("2026-04-22", "Bariatric Medicine Follow-up", """
Post-bariatric f/u - urgent add-on
Pt c/o a "raw burning sore" low on the belly, right under where the girdle's thick bottom band bites in. Started Easter Sunday, within a few days went from a red hard streak to a black scab; 2 more spots since. Still wearing the girdle daily.
O: lower abdominal skin along the waistband groove, just above the pannus fold: linear band of indurated violaceous plaques, largest 5 x 2 cm w/ black eschar, lacy purple mottling above and below. Extremely painful. No purulence. Fever none.
Wt 84.0 kg, BMI 32.2.
A: necrotic retiform plaques along girdle compression line in HD pt - calciphylaxis must be excluded, DDx pressure necrosis, cellulitis.
P: stop the garment today. Derm + nephro same wk, photos to chart.
"""),
("2026-05-11", "Bariatric Medicine Follow-up", """
F/u
Derm bx (4/28) result: calciphylaxis - small vessels calcified and clotted, panniculitis. Lesions all along the shapewear band on lower abd; derm letter calls the compression the likely trigger.
STS w/ each HD run. Pain much better since girdle stopped. Protein supplement ok'd by RD.
Wt 82.7 kg, BMI 31.7.
"""),
]}

G09 = {"patient_id": "G09", "age": 61, "sex": "M", "notes": [
("2022-08-03", "Obesity Medicine Consult", """
OBESITY MEDICINE - NEW PT
61M referred by nephrology for wt loss to reach tx listing BMI. diabetic kidney disease -> ESRD, started HD 2018, Tue-Thu-Sat chair. DM2 on insulin - Toujeo 40 u AM, his Toujeo pen always goes in the R half of his abdomen ("I'm right handed, that's where I reach"); never the L side, never thighs.
No warfarin.
Diet recall: 3 sodas/d, fast food lunch. Sleeps 5h.
Wt 140 kg, Ht 178 cm, BMI 44.1.
Plan: stop soda, RD, start tirzepatide? - deferred until nephro ok. Site rotation within R abd reviewed.
"""),
("2022-10-12", "Obesity Medicine Follow-up", """
Ob Med f/u
Pt shows a "nasty sore" on the left side of his belly under the belt line, started ~mid Sept as a painful hard lump, now black center. Denies any shots on that side ("never, I told you"). Denies injury, heating, or a new belt.
Exam: LLQ abdominal wall, 4 cm indurated plaque with 1.5 cm central necrosis and surrounding retiform purpura. RLQ injection area: a few lipohypertrophic lumps, no discoloration, no ulcer.
A/P: necrotic LLQ plaque, HD pt - rule out calciphylaxis. Derm urgent.
Wt 138.5 kg, BMI 43.7.
"""),
("2022-10-27", "Dermatology Clinic Note", """
Derm
LLQ lesion bx 10/14 - calciphylaxis (vessel wall calcium, thrombi, fat necrosis on von Kossa). Dx confirmed.
Exam today: LLQ ulcer 4.5 cm, debrided eschar edge. Contralateral R abdomen, where he injects insulin, entirely uninvolved.
Plan: STS, binder change per renal, wound clinic. Wt not done.
"""),
]}

G10 = {"patient_id": "G10", "age": 69, "sex": "F", "notes": [
("2019-11-25", "Inpatient Rehabilitation Admission H&P", """
IRF ADMIT
69F, deconditioning after hospitalization for HF exacerbation + fluid overload.
PMH: ESRD - CCPD at home; atrial fib, warfarin (admit INR 2.4), HTN, hypothyroid. No diabetes.
Skin: painful purplish-black plaque L lateral hip, over the trochanteric area, approx 3 cm, w/ surrounding lacy mottling. Per pt & daughter it appeared "early November", before the hospitalization. Pt denies any fall, bump, heat, injections or pressure on that hip beforehand - sleeps on her R side.
BMI 28.4 (157 cm, 70 kg).
Plan: PT/OT, CCPD per renal, warfarin continued, derm consult for hip lesion.
"""),
("2019-12-03", "Physical Therapy Daily Note", """
PT note
Incident 12/02/2019 ~1430: during standing balance in parallel bars pt lost balance and sat down hard onto L side onto mat; landed on L hip. RN/MD notified. Assessed: no new deformity, able to WB. Bruise developing over L lateral hip around the pre-existing dark lesion.
Today: gait 75 ft RW CGA, cautious. Added gait belt at all times, fall risk precautions.
"""),
("2019-12-05", "Inpatient Rehabilitation Progress Note", """
IRF PN
L hip: ecchymosis from 12/2 fall, resolving, plus the previously documented necrotic plaque (present since early Nov, before the fall). Derm bx done yesterday.
XR L hip: no fx.
Warfarin: INR 2.9. Continuing for now.
PD via cycler nightly.
"""),
("2019-12-12", "Inpatient Rehabilitation Progress Note", """
IRF PN
Bx result: calciphylaxis (calcific uremic arteriolopathy), L lateral hip. Derm notes the lesion predated the fall by several weeks; fall not causative.
Renal: STS w/ PD protocol, lanthanum. Cards + renal: warfarin -> apixaban.
Function: amb 150 ft RW SBA. D/c planned 12/16 to daughter's home.
Wt 69.4 kg.
"""),
]}

G11 = {"patient_id": "G11", "age": 77, "sex": "M", "notes": [
("2024-06-10", "PM&R Outpatient Consult", """
Physiatry consult - gait decline, leg pain
77M, ESRD, HD three mornings a wk; DM2 - glipizide alone (no insulin), PAD, HTN.
Main issue: R lower leg pain since "around the first of May" with a dark patch that has spread. No trauma recalled, no braces, no stockings, doesn't use heat/ice.
Exam: R lateral calf: stellate purpuric plaque 5x4cm, gray-black necrotic center, woody induration, livedo extends to ankle. L leg: no lesions. Pedal pulses faint bilat.
Wt 88 kg, Ht 171.5 cm, BMI 29.9 - pt overweight.
Imp: suspect calciphylaxis; needs bx. Vascular studies ordered.
"""),
("2024-06-26", "Wound Clinic Note", """
Wound center visit
Bx R lateral calf 6/13 (derm): calciphylaxis, confirmed (calcified vessels, thrombi).
Today: sharp excisional debridement of nonviable eschar, R lateral calf, 6.2 x 4.6 cm after debridement, bleeding controlled w/ pressure. Dressing: calcium alginate + foam, light compression wrap applied over the dressing to control edema. Warm compress before dressing changes per pt preference to ease pain.
Tape avoided; secured w/ tubular netting.
Return weekly.
"""),
("2024-07-17", "PM&R Follow-up", """
Physiatry f/u
R calf calciphylaxis wound improving slowly after serial debridements, STS w/ HD. The compression wrap and warm packs were both started after the wound appeared, as part of wound care.
Gait: RW household, w/c community. PT for LE strengthening, transfer training.
Wt 87.1 kg BMI 29.6.
"""),
]}

G12 = {"patient_id": "G12", "age": 56, "sex": "F", "notes": [
("2020-09-14", "Inpatient Rehabilitation Admission H&P", """
IRF H&P
56F w/ debility after prolonged hospitalization for painful skin necrosis of both lower legs + sepsis (resolved).
PMH: ESRD (dialysis Tues-Thurs-Sat, R IJ permcath); DM2 - metformin held, sitagliptin now; morbid obesity (BMI 47.5); OSA. No warfarin ever.
Hospital course: derm saw bilateral calf ulcers, retiform purpura both posterior calves; skin bx not done (pt declined x2) - calciphylaxis diagnosed clinically by derm, carried as her working dx here.
Pt + husband: never any leg injections, heating pads, ice, braces, wraps or stockings, and no falls or knocks prior to the July ulcers.
Plan: PT/OT, wound RN, plan: heparin 5000u subQ TID ppx to START tomorrow (abd wall). Will consider compression stockings later if edema.
"""),
("2020-09-22", "Physical Therapy Progress Note", """
PT
Amb 40' bariatric walker, mod A, limited by B calf pain 8/10. Standing tolerance 3 min. Pt asks about a "knee brace for my wobbly knee" - will trial next week, not fitted yet.
Bariatric w/c w/ elevating leg rests; calves floated off rests on pillows to avoid contact.
"""),
("2020-10-02", "Inpatient Rehabilitation Discharge Summary", """
IRF DC summary
Dx: calciphylaxis of bilateral lower legs (clinical diagnosis, derm), ESRD on HD, DM2, obesity class III.
Heparin SC ppx was ultimately NOT started (pt refused any injections). No brace issued. Wounds stable, dressed daily w/ xeroform + ABD.
D/c wt 131kg (BMI 47.0).
Follow-up: derm, nephro, wound clinic; HH PT.
"""),
]}

G13 = {"patient_id": "G13", "age": 64, "sex": "M", "notes": [
("2021-03-08", "PM&R Clinic Note", """
PM&R clinic - spasticity / AFO f/u
64M R hemiplegia s/p L basal ganglia ICH (2019). ESRD/HD. DM2 - insulin, which his wife gives into both upper arms; hx warfarin (stopped 2021-01 after AF ablation).
R AFO: pt reports a heel sore. Exam: R posterior heel: stage 2 PI, 1.5x1cm, shallow pink base, blanchable periwound, clearly from the AFO heel cup rubbing - not calciphylaxis in appearance.
Separately: painful indurated purple-black plaques bilat medial thighs, first noticed ~Feb, no trauma there (no injections, no devices, no heat). Referred to derm.
BMI 30.2 (Wt 92 kg).
Plan: AFO heel relief modification; heel offloading.
"""),
("2021-03-30", "Dermatology Consult", """
Derm
Bx L medial thigh 3/12: calciphylaxis. Both inner thighs involved (right 4cm, left 6cm), eschar + retiform purpura.
R heel: uncomplicated pressure injury from the orthosis, healing, not calciphylaxis; no bx needed. Insulin sites on upper arms clear.
Plan: STS, wound care, nephro. Wt 91.5 kg.
"""),
]}

G14 = {"patient_id": "G14", "age": 60, "sex": "F", "notes": [
("2018-05-15", "Weight Management Visit", """
Wt mgmt initial
60F ESRD on PD (CAPD), no DM (A1c 5.6), AF on warfarin, R shoulder bursitis - got a steroid injection into the R shoulder at ortho 4/30/2018.
Wt 98 kg, BMI 39.0.
Plan: 1200 kcal/renal diet, walk 10 min bid.
Counseling (PD pt, on warfarin, obese): discussed her risk of calciphylaxis; no hot pad, no cold pack straight onto skin, avoid very tight bra bands, call if a painful purple/black spot ever appears.
"""),
("2018-07-24", "Weight Management Visit", """
Wt mgmt f/u
New: painful hard area beneath L breast x 2 wks, now a black dot center. Denies trauma, heat or cold, no injections there.
Exam: L inframammary / inferior L breast, violaceous indurated plaque 3cm, necrotic center 8mm, surrounding livedo. R breast clear. R shoulder skin nl.
A: concern for calciphylaxis. Urgent derm + breast surgery.
Wt 97.1 kg, BMI 38.6.
"""),
("2018-08-14", "Weight Management Visit", """
Wt mgmt f/u
Derm bx 7/30 L breast: calciphylaxis confirmed, skin/subcut vessel calcification + thrombi. Breast imaging: vascular calcs, no mass.
Warfarin -> apixaban per cards/renal. STS through PD team.
Goal wt loss paused; protein priority.
Wt 96.0 kg, BMI 38.1.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
