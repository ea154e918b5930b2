"""probe39 corpus notes, T15-T20 (orthopaedics, rehabilitation and emergency; all invented)."""

T15 = {"patient_id": "T15", "age": 80, "sex": "F", "notes": [
("2023-10-04", "Home Health PT Visit", """
HHPT visit 2/8
Pt 80 y/o, recent admission for CHF; hx CKD4 (eGFR 17, no dialysis), DM2 on NPH insulin, AF on Coumadin.
Pt reports she caught her R shin on the front leg of her rolling walker on 10/2 - skin tear approx 2 cm, dressed by daughter.
Gait 60 ft w/ RW, SBA. Reviewed walker technique, removed throw rugs.
Wt 82 kg, BMI 30.4.
"""),
("2023-11-08", "Falls & Bone Health Clinic", """
Geriatrics falls clinic
The R shin skin tear from early October has not healed. Now: 3x2.5cm ulcer, black eschar firmly adherent, surrounding purplish net-like discoloration, pain severe and out of proportion. Pedal pulses dopplerable.
Imp: nonhealing traumatic ulcer in anticoagulated pt vs calciphylaxis (CKD4, warfarin, obesity) - cannot exclude.
Plan: derm for punch bx, wound care referral, INR check.
"""),
("2023-11-29", "Telephone Encounter", """
Spoke with pt and daughter (HCP). Pt has decided against biopsy - "no more needles or cutting on me". Enrolling with hospice for CHF.
Discussed that the leg wound may be calciphylaxis but this was never confirmed; will treat symptomatically. Wound nurse to continue dressings. Warfarin continued per cardiology.
"""),
]}

T16 = {"patient_id": "T16", "age": 61, "sex": "M", "notes": [
("2020-08-14", "Orthopaedic Clinic", """
Ortho - L distal radius buckle fx, 61M (fell off bike 8/10).
Short arm fibreglass cast applied today. Fingers pink. Cast care sheet given.
PMH: ESKD, peritoneal dialysis (APD). No DM. Weight 84 kg, BMI 29.0.
"""),
("2020-09-11", "Cast Room Note", """
Cast removal L wrist, 4 wks.
Under the proximal rim of the cast on the L dorsal forearm: 2.5 cm dark, firm, very tender plaque w/ thin black crust and faint purple mottling around it. Pt says it had been throbbing under the cast "for the last 10 days or so".
Could be a cast sore; pain and livedo pattern are atypical. ?CUA given PD.
Plan: removable wrist splint, no pressure on area, photos to chart, derm referral.
"""),
("2020-10-06", "Dermatology Note", """
L dorsal forearm lesion at previous cast edge.
Punch bx 9/18: nonspecific dermal necrosis and ulceration; sample superficial, vessels without calcium deposits. Nondiagnostic for calciphylaxis.
Deeper incisional biopsy offered, pt declined. Lesion now smaller, less painful.
Impression: pressure ulcer from cast vs early calciphylaxis - etiology remains unclear. Follow up prn.
"""),
]}

T17 = {"patient_id": "T17", "age": 57, "sex": "F", "notes": [
("2025-06-12", "Orthopaedic Post-op Note", """
POD1 L hip hemiarthroplasty for displaced femoral neck fx (fall from standing at home 6/9).
ESRD on HD (MWF, last 6/10), DM2 on insulin glargine, obese. AF on warfarin - held pre-op; bridging with enoxaparin 30 mg SC daily (renal dosing) started 6/11, nurses giving in R lower abdomen.
Dressing dry. WBAT. PT to start.
"""),
("2025-06-27", "Acute Rehabilitation Physician Note", """
Rehab day 9.
Pt concerned about a painful dark patch on her R lower belly, noticed 6/23, at the site of her Lovenox shots. Exam: 4x3cm firm violaceous plaque w/ small dusky center, reticulate margin, very tender. No fluctuance.
Ddx: enoxaparin injection site hematoma vs early skin necrosis vs calciphylaxis (HD, warfarin, DM, obesity).
Plan: hold enoxaparin injections in that area, derm e-consult, photos.
"""),
("2025-07-01", "Transfer Summary", """
Pt transferred today to a rehabilitation facility closer to her family (out of network) at her request.
Active issues: L hip hemiarthroplasty - WBAT; R abdominal plaque at injection site - possible calciphylaxis vs hematoma, derm recommended punch biopsy which was not done before transfer; receiving facility informed. INR 2.2 on warfarin, enoxaparin stopped.
"""),
]}

T18 = {"patient_id": "T18", "age": 64, "sex": "M", "notes": [
("2024-02-03", "EMS Run Report", """
Pt 64 y/o M, missed step exiting dialysis center van, fell, L shin laceration ~6 cm, bleeding controlled w/ direct pressure.
Hx: HD pt, diabetic on insulin. BGL 188.
Dressing applied, transported.
"""),
("2024-02-20", "ED Note", """
64M, HD, insulin-dependent DM2, BMI 33.0, returns w/ worsening L shin wound (fall/laceration 2/3, sutured in ED). Now black necrotic edges, 7 cm ulcer, surrounding erythema and warmth, purulent drainage, severe pain.
Ddx: wound infection/cellulitis with dehiscence; r/o calciphylaxis given HD.
Plan: admit, IV abx, wound cultures, derm for biopsy.
"""),
("2024-02-26", "Dermatology Inpatient Consult - Follow-up", """
Biopsy L shin ulcer margin (2/22): ulcer with acute inflammation, granulation tissue and bacterial colonies; NO vascular or interstitial calcification on von Kossa, no thrombotic vasculopathy.
Impression: infected traumatic ulcer. Calciphylaxis is ruled out.
Plan: surgical debridement per gen surg, abx per ID, no warfarin to address (not on anticoagulation).
"""),
]}

T19 = {"patient_id": "T19", "age": 45, "sex": "F", "notes": [
("2018-05-19", "ED Note", """
45F inversion injury R ankle playing netball. Ottawa rules negative, no XR. ATFL tender, mod swelling.
Dx: R ankle sprain grade II. Air-stirrup brace, crutches, RICE, PT referral.
FHx: brother on dialysis died of calciphylaxis 2016 - pt anxious about her own kidneys. Creatinine 0.7 checked by GP last month. No DM. BMI 22.3.
"""),
("2018-06-04", "Physiotherapy Note", """
PT initial eval R ankle sprain.
Pt weaning off crutches, in air-stirrup. Swelling mild. Balance: SLS R 8 s.
Skin: intact, no bruising remaining. Pt asked if her brother's "calcium skin disease" could happen to her - reassured, normal kidney function.
HEP: alphabet, theraband, SLS.
"""),
]}

T20 = {"patient_id": "T20", "age": 72, "sex": "M", "notes": [
("2021-11-29", "Orthopaedic Post-op Note", """
POD 2 s/p cephalomedullary nail R intertrochanteric hip fx (fell in shower 11/26).
Home PD (CCPD) - renal managing exchanges inpatient. DM2 on insulin detemir. Warfarin for AF, resumed today.
Incisions R lateral hip c/d/i. Ambulated 15 ft w/ walker.
BMI 30.0 (obese class I).
"""),
("2021-12-09", "Inpatient Rehabilitation Nursing Skin Note", """
Braden 15. Full skin check: sacrum, heels, bilateral buttocks intact; R hip incisions healing, no drainage. No areas of purpura, no ulceration, no new lesions anywhere.
Heels offloaded, q2h turns.
"""),
("2021-12-14", "Nephrology Progress Note", """
PD going well on rehab unit.
Skin: no lesions. No evidence of calciphylaxis.
Discussion w/ pt + wife: warfarin + PD + diabetes raise his risk of calciphylaxis; keep heat pads/ice packs off his skin at home, rotate insulin sites, call us early about any new painful skin spot - if they appear we would biopsy early.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
