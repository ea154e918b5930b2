"""probe179 corpus notes, E08-E14 (chiropractic, massage and modality clinics, and the physicians
around them; every person, place and sentence invented)."""

E08 = {"patient_id": "E08", "age": 60, "sex": "M", "notes": [
("2018-08-14", "Chiropractic Visit Note", """
Granite Ridge Chiropractic                      Hollis Renwick, DC
Visit 4 - SI joint dysfunction R > L, lumbar strain

S: R buttock/groin ache 5/10 after long HD sessions and when climbing out of his truck.
Meds/PMH (from intake): ESRD - dialysis by R IJ tunneled cath for now (the L
arm fistula is still too immature to cannulate); T2DM (linagliptin); HTN; hyperlipidemia. No anticoag.
Height 6'0" / weight 221 lb -> BMI 30.0.

O: Gillet + R, FABER + R for SI pain, thigh thrust + R. Lumbar ROM WNL.
Tx: Drop-piece adj R ilium (PI), Diversified L4, muscle energy R SI.
Fitted today with a nonelastic SI belt: worn snug around the pelvis just below the iliac
crests, cinch buckle sitting over the right lateral hip (he prefers to fasten it on the R).

P: Wear the belt when up and about, off in bed. Recheck fit in 2 wks.
Core HEP. 98940, 97140, L0621 belt dispensed.
"""),
("2018-10-02", "Dialysis Unit Wound Nurse Note", """
Bayfront Kidney Center - wound RN note (chairside)

60M, HD TTS. Pt showed me a painful black-centered sore on the R lateral hip, began
about 10 days ago. He wears an SI belt from his chiropractor every day since mid-August;
the buckle rides right on this spot - pressure from the buckle is the likely cause.
Measurements: 3.5x3.0cm, central dry eschar 1.2 cm, surrounding violet mottled skin
~8 cm across, indurated, exquisite tenderness (9/10). No drainage, no odor.
Temp 98.6, BP 158/90.
Actions: Belt removed and sent home with wife. Foam dressing applied. Dr Nakashima-Ellery
paged - asks for derm biopsy for possible calciphylaxis; labs drawn (Ca, Phos, PTH, alb).
Pt education: do not re-wear the belt.
"""),
("2018-10-16", "Dermatology Consultation", """
DERMATOLOGY - Bayfront Medical Pavilion

60M, ESRD/HD; T2DM not on insulin; obesity by BMI (30.0).
Punch bx 10/5 R lateral hip: deep dermal and subcutaneous vessels with mural calcium
(von Kossa +), occlusive thrombi, necrotic fat. Dx: calciphylaxis.
Onset ~9/22/18 per wound RN note, directly beneath the buckle of an SI belt worn daily since
8/14/18. Localized pressure from the belt is the presumed trigger.

Exam: R lateral hip ulcer 4x3.5cm with eschar, retiform purpura around it. No other sites.
Labs 10/2: phosphorus 7.8 (high), PTH 930, calcium 9.7, albumin 3.5.

Plan:
- STS 25g IV TIW with HD
- Binder change (sevelamer), cinacalcet
- No belts, braces or tight waistbands over the hips
- Wound care: leave eschar, moisture-balanced foam
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2020-01-14", "Acupuncture and Cupping Treatment Note", """
JADE MEADOW WELLNESS - acupuncture / bodywork
Practitioner: Song-Mi Trevelyan, L.Ac.

Chief concern: R shoulder blade pain, "knot under the right wing", 6 months.
Health: kidney failure, hemodialysis 3x/wk (L arm fistula - no needles/cups on L arm).
T2DM, insulin pen (injects abdomen). No blood thinners. BMI 32.4 per her MD.

Tx: Static cupping started today, 5 glass cups, moderate suction, along the right
paraspinals T3-T7 and over the right scapula, 8 min. Acupuncture GB21, SI11, LI4 on
the right only, 20 min retention. Expected circular cup marks R upper back explained.
Left side not treated.

Plan: Weekly cupping to the R upper back x 4-6 sessions. Client to report any blistering.
"""),
("2020-02-25", "Hemodialysis Progress Note", """
Midvale Dialysis - MD progress note

55F ESRD (DKD), HD MWF, L BC AVF. Insulin for DM2.
New: for ~2 wks, a painful, hard, dark lesion on the L upper back over the L
shoulder blade. Has been getting weekly cupping for R shoulder blade pain since January;
cups were only ever placed on the right, and the round marks there have faded.

Exam: L upper back, over the L scapula: 5x4cm retiform violaceous plaque with central
grey-black necrosis, very tender. R upper back: faint residual brown rings, skin intact.
Labs 2/24 - iPTH 760 pg/mL, PO4 7.0 mg/dL, calcium 9.5, albumin 3.3 g/dL.
Impression: suspected calciphylaxis L upper back. Derm for bx. Stop calcium binder, sevelamer.
Hold cupping for now. BMI 32.4.
"""),
("2020-03-10", "Dermatology Note", """
Dermatology - biopsy follow-up

55F on HD. 5mm punch from L upper back plaque 2/28: subcutaneous vessel walls calcified,
lumens thrombosed; von Kossa positive. Diagnosis: calciphylaxis.

This lesion is left-sided. Her cupping (since January) was done only on the right
upper back, so cupping can't account for this site; no other trauma to the left back recalled.

Exam: L scapular plaque 6x4.5cm, eschar 2cm, livedo margin. R upper back clear.
Plan: STS via HD TIW; pain mgmt; no cupping anywhere until healed.
"""),
]}

E10 = {"patient_id": "E10", "age": 64, "sex": "M", "notes": [
("2018-01-16", "Chiropractic Daily Note", """
Oakhollow Chiropractic - daily note          Dr. Benedetta Ruiz-Lamb, DC

S: Low back doing OK, 2/10. Main worry today is his R calf: painful since Christmas, a
dark tender patch, posterior R calf. His son worked the sore calf with a percussion
massage gun on Saturday 1/13, thinking it was a cramp - now bruised all around the patch.
Hx: ESRD on hemodialysis, HTN. Not diabetic. Warfarin for a DVT back in 2012 (6 months,
stopped). BMI 27.1.

O: R posterior calf, mid: 4 cm dusky purple patch with a firm center; fresh yellow-green
bruising surrounding it from the massage gun. Calf soft otherwise, Homans not tested.
Lumbar: mild L4-5 restriction.
A: R calf lesion of uncertain nature in a dialysis pt - not for manual therapy.
P: No calf work; no massage gun. Lumbar adj only (side posture). Urged him to go to urgent
care / ED today.
"""),
("2018-01-24", "Emergency Department Note", """
ED PROVIDER NOTE - St. Aldric Hospital

64M, end-stage renal, dialyzes Mon/Wed/Fri (last run Monday). Worsening R calf pain, now 10/10, and the
wound has turned black. Pain started around Christmas with a dark patch; son used a percussion
massager on it 1/13 and it bruised.
Triage: temp 37.4C, pulse 96, BP 168/94, resp 18, sat 98%.
Exam: R posterior calf 5x4cm ulcer, black eschar; around it retiform purpura and
fading ecchymosis; no crepitus, no fluctuance. Distal pulses dopplerable.
Labs: WBC 9.8 K, lactic acid 1.4, PO4 7.6, Ca 9.3. Venous duplex R: no DVT.
MDM: Necrotic calf ulcer in ESRD. Concern for calciphylaxis; nec fasc unlikely clinically.
Disposition: admitted (medicine); consults derm + renal; pain control.
"""),
("2018-02-07", "Dermatology Inpatient Consult Follow-up", """
Dermatology - consult follow-up

Punch bx R calf (1/25): mural calcium in subcutaneous arterioles, intraluminal thrombi,
panniculitis -> calciphylaxis.
Timeline: lesion onset late December 2017, before any local trauma. The massage gun use
on 1/13/18 came when the lesion already existed; it bruised the area but did not
start it.

Exam: R posterior calf ulcer 5.5x4cm, eschar; bruise resolved. L leg clear.
Pain now 5/10; acetaminophen round the clock, hydromorphone 0.5 mg ahead of dressing changes.
Plan: STS with HD (started 1/27). Cinacalcet. Leave eschar. Discharge planning with
wound clinic follow-up 2/14.
"""),
]}

E11 = {"patient_id": "E11", "age": 59, "sex": "F", "notes": [
("2021-08-10", "Chiropractic Initial Visit", """
NORTHGATE CHIROPRACTIC & REHAB - new patient
Provider: Ezra Pendleford, DC

CC: Neck pain and stiffness, 4 mo, L > R, headaches at end of day.
PMH: ESRD - hemodialysis TTS at Northgate Dialysis (R arm graft). DM2, on insulin pen -
injects in her thighs. HTN. Morbid obesity, BMI 45.7. No warfarin.
Exam: Cervical ROM rot L 50 / R 60, ext 35 w/ pain. Spurling neg. Upper limb DTRs 1+
symmetric. TTP C4-C6 facets L, upper trap and levator L.
Tx: Moist hot pack to the posterior neck 10 min, then Activator C5 L, C6, T1;
suboccipital release.
A: Cervical facet syndrome / myofascial neck pain.
P: 2x/wk x 3 wks; HEP chin tucks. 98940, 97010, 97140.
"""),
("2021-10-05", "Wound Clinic Consultation", """
WOUND CARE CENTER - Northgate Regional

59F on HD, DM2 on insulin, BMI 45.4. Painful dark area in the lower abdominal
pannus since late September. For the pain she lays a warm washcloth over it at night. She
never injects the abdomen (only thighs) and recalls no trauma there.

Exam: L lower pannus, 7x5cm plaque - indurated, violaceous, edges retiform - with 2x2cm
of black necrosis centrally. Intertrigo in fold otherwise mild.
Procedure: 6mm punch, margin of plaque, under lidocaine; suture x1.
Assessment: r/o calciphylaxis.
Plan: await path; stop warm washcloth; nephro aware; dressing xeroform + ABD; pannus
support binder loose.
"""),
("2021-10-19", "Nephrology Progress Note", """
Nephrology - Northgate Dialysis rounds

Path from the pannus punch (10/5) is back: von Kossa-positive calcium in arteriolar
media of the fat, fibrin thrombi, necrotic lobules. This is calciphylaxis.
Dialysis: T/Th/Sa, R forearm loop AVG, 4 h, BFR 400, EDW 118 kg. Access bruit good.
Insulin-treated DM2 (injects thighs; A1c 7.4).
Labs: PTH 1180 - phosphorus 7.2 - calcium 10.0 - albumin 3.0.
Pain 8/10 in the fold; sleeping in a recliner.
Plan:
- STS 25g, IV, Tu/Th/Sa, run into the circuit near the end of treatment
- Calcium acetate and calcitriol both off; sevelamer carbonate plus cinacalcet
- Low-Ca bath (2.0)
- Surgery eval for PTX; wound PT for debridement and adjunct modalities
- Palliative input for pain
BMI 45.1.
"""),
("2021-11-02", "Wound Care Physical Therapy Note", """
Outpatient PT - wound management            K. Oduya, PT, DPT, CWS

Dx: calciphylaxis ulcer, L lower abdominal pannus.
Wound: 7.5x5.5x0.4cm; eschar adherent over 60%, slough over 40%; serosanguineous, mod.
Treatment:
- Loose slough at the inferior edge removed by selective sharp debridement, no bleeding
- Noncontact low-frequency ultrasound (MIST) 4 min to wound bed
- NPWT at -125 mmHg, continuous; black granufoam; drape bridged out of the skin fold
Pt tolerated with premed. Pain 6/10 during, settling to 4/10.
Plan: 2x/wk; change NPWT M/Th; re-measure weekly.
"""),
]}

E12 = {"patient_id": "E12", "age": 48, "sex": "M", "notes": [
("2023-03-07", "Chiropractic Daily Note", """
Copperfield Chiropractic        Dr. Wendell Achterberg, DC

S: Tight hips, L > R, low back 3/10. Cyclist. Asks about cupping for his thighs; a
friend swears by it.
PMH per intake: kidney failure, home peritoneal dialysis nightly. Not diabetic; no
anticoag. BMI 28.4.
O: Thomas test + bilat for tight hip flexors. Lumbar ROM WNL. Ober's + L.
Tx: Diversified L5, SI R; hip flexor PNF stretch.
A: Hip flexor tightness, lumbar dysfunction.
P: Could trial static cupping to the thighs at the next visit if he still wants it;
will check with his nephrologist first. Next appt 3/14.
"""),
("2023-03-21", "PD Clinic Note", """
PD CLINIC - Sunfield Renal Associates

48M on CCPD, ESRD from IgA nephropathy. Painful lesions, inner aspect of both thighs,
x 2 wks. Denies injections of any kind, heating pads, ice, falls, bumps or new clothing.
He cancelled his 3/14 chiropractic visit, so the cupping that was discussed never happened.

Exam: Bilateral medial thighs: tender violaceous retiform plaques, 4x3cm on the R and
5x3cm on the L, the L with early central necrosis. Catheter exit site fine.
Labs (10 days ago): PTH 880, Ca 10.3, albumin 3.4, PO4 6.9.
Impression: calciphylaxis suspected.
Plan: derm bx; stop calcitriol and calcium carbonate; sevelamer. If he is ever admitted,
SC heparin should not go into the thighs.
"""),
("2023-04-04", "Dermatology Note", """
Dermatology - Sunfield Medical

48M PD pt. Punch biopsy L medial thigh (3/24): calciphylaxis - mural calcification of
deep arterioles, thrombus, and necrotic fat lobules.
No preceding trauma to either thigh identified: no injections, no heat or cold, no
cupping, no falls.

Exam: both medial thighs with retiform plaques, L 5.5 x 3.5 cm w/ eschar, R stable.
Counseling: avoid cupping, massage, heat and tight shorts over the thighs while healing.
Plan: STS IV TIW at infusion suite; wound care; f/u 4 wks. BMI 28.4.
"""),
]}

E13 = {"patient_id": "E13", "age": 61, "sex": "F", "notes": [
("2019-11-19", "Physical Modalities Clinic Note", """
CRESTVIEW CHIROPRACTIC & PHYSICAL MEDICINE - modality log
Clinician: Farrah Delacroix-Boone, DC; tech: J. Umeh

Dx: lumbar strain R, chronic.
Started today: moist hot pack to the R low back (lumbar paraspinals L3-L5) 15 min with
TENS 2-channel, 4 pads on the R low back, 80 Hz, 20 min. Same setup given for home use
(TENS unit + microwavable pack), nightly.
Skin check before/after: intact, mild pink after heat.
PMH: ESRD on hemodialysis, DM2 (diet + linagliptin), HTN. Warfarin stopped 2015 (now
apixaban for AF). Obesity - BMI 34.0.
Pt educated: layer towels, no lying on the pack, stop if skin stings.
"""),
("2020-01-14", "Hemodialysis Progress Note", """
Crestview Dialysis - MD note, chair 6

61F ESRD, HD MWF. Since New Year's, painful purple area on the R upper buttock.
Uses TENS and a heat pack on the R low back at night since November.
Exam: R upper outer buttock, ~6cm below the iliac crest: 4x3.5cm livid retiform
plaque with small black center. R low back where she heats it: normal skin.
Labs: PTH 610, PO4 6.6, Ca 9.7.
A: ?calciphylaxis. P: derm bx; stop Ca binder; review vit D.
"""),
("2020-01-28", "Dermatology Consultation", """
DERMATOLOGY - Crestview Clinic

61F on HD, DM2, AF on apixaban (warfarin in the past).
Punch bx R buttock (1/17): calciphylaxis.
The plaque is on the R upper buttock, a hand's breadth below the area of the low back
where she uses the hot pack and TENS pads; that lumbar skin is normal. No trauma at the
buttock itself. So the heat is not at this site.

Exam: R buttock 4.5x4cm, central eschar 1cm.
Plan: STS with HD; foam dressing; as a precaution stop the home heat pack and TENS
altogether for now - reviewed with pt and her chiropractor. BMI 34.0.
"""),
]}

E14 = {"patient_id": "E14", "age": 72, "sex": "M", "notes": [
("2024-02-13", "Physical Modalities Clinic Note", """
Westbrook Chiropractic & Modalities - treatment note / incident
DC: Anselm Grieve; tech L. Paquin

Dx: OA L hand, CMC/MCP stiffness.
Tx: Paraffin bath L hand, dip-and-wrap x 8 dips, 15 min. On removal pt pointed out a
stinging spot: 2x1.5cm blister, L dorsal hand, over the 2nd MCP. Unit temp read
134 F (set point 126). Unit taken out of service.
Assessment: superficial partial-thickness burn from paraffin, L dorsal hand.
Care: cool water, petrolatum gauze, told to keep blister intact.
PMH: ESRD (in-center HD), T2DM using insulin, HTN. BMI 25.8. No anticoag.
Incident report filed; pt's PCP and nephrologist notified.
"""),
("2024-03-05", "Dermatology Consultation", """
DERMATOLOGY - Westbrook Skin Center

72M, HD (Mon/Wed/Fri); insulin glargine for T2DM.
Painful dark patches on both lower legs since about mid-February. Denies injury, bites,
or putting anything hot or cold on his legs.
Exam:
- R calf: 5x4cm retiform purpura, necrotic center. L calf: 3x3cm livedoid
  violaceous plaque, early eschar.
- L dorsal hand: healing blister base from the paraffin burn (2/13), pink, re-epithelializing
  - a burn, not calciphylaxis.
- Mid back: several round brown-violet rings from cupping at a massage studio last week -
  typical cupping marks, not calciphylaxis.
Punch biopsy of R calf done today.
A: Suspect calciphylaxis of both lower legs; the hand and back findings are unrelated.
"""),
("2024-03-26", "Nephrology Progress Note", """
NEPHROLOGY - Westbrook Dialysis

R calf bx (3/5) read out as calciphylaxis (von Kossa stain +). Lesions are on both calves
only; nothing new elsewhere.
Paraffin burn on the L hand has healed. The round cupping marks on his back are gone.
HD thrice weekly through L AVF, spKt/V 1.4, tolerating UF. Insulin-treated DM2; lower
glargine dose as intake has dropped.
Labs: albumin 3.2, PTH 480, phosphate 6.1 and serum calcium 9.4.
Plan: STS (25g) given IV post-run (since 3/8); sevelamer; cinacalcet 30.
No paraffin and no cupping while on STS - told him and his chiropractor. BMI 25.8.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
