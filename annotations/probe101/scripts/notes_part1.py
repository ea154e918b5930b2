"""probe101 corpus notes, O01-O07 (orthopaedics, podiatry and physiotherapy, with renal and
dermatology; British spelling and dates; all invented)."""

O01 = {"patient_id": "O01", "age": 71, "sex": "F", "notes": [
("2023-03-13", "Fracture Clinic", """
FRACTURE CLINIC (Mr Adeyemi) (seen by SpR)
71F. Went over on R ankle getting off the no. 14 bus on Fri 10/03/23.
XR R ankle: undisplaced Weber B # lat malleolus, mortise congruent, no talar shift.
PMHx: ESKD, haemodialysis Mon/Wed/Fri, L brachiocephalic AVF. Unprovoked DVT 2016 - had 6/12 of warfarin then, nil anticoag since. Not diabetic.
SHx: lives with daughter, mobile with one stick pre-injury.
Wt 88kg Ht 1.62m, BMI 33.5.
Plan:
- BK plaster, NWB crutches, r/v 2/52 with check film
- VTE assessment: lower limb immobilisation + previous DVT = high risk. Enoxaparin 20 mg s/c once daily (renal dose) for the whole time she is in plaster
- Plaster room nurse taught self-injection into front of thighs, alternate L and R each day. 1st dose given in clinic today
- Leaflet re cast care given
"""),
("2023-04-20", "Fracture Clinic - Cast Check", """
Fracture clinic 5/52 r/v
Cast off, XR out of plaster: callus bridging the fibula, alignment unchanged. Clinically nontender at # site. -> Aircast boot, FWB as comfort allows, wean over 4 wks.
New problem: c/o "horrible hard lumps on both legs, up the top where I do the jabs". Reckons the 1st appeared about 3 weeks ago on the left, then another on the right a couple of days later. Pain keeping her up at night, 8/10, paracetamol not touching it.
O/E: anterior thighs bilat - multiple firm purplish plaques 2-4 cm, largest L mid-thigh with black crusted centre approx 1 cm, lacy dusky mottling surrounding. Injection puncture marks visible within the same patches. Warm? no. Afebrile 36.9.
Imp: painful necrotic plaques at enoxaparin sites in HD pt - ?calciphylaxis vs injection haematoma / panniculitis.
Plan: enoxaparin stopped today (out of plaster now anyway). Urgent derm referral faxed + emailed renal SpR. Daughter will ring derm secretaries tomorow if no appt.
"""),
("2023-04-27", "Dermatology Clinic Letter", """
Dear Mr Adeyemi,
Re: Mrs Bronwen Tait, 71 years
Diagnosis: calciphylaxis of both thighs, confirmed on biopsy.
Thank you for the prompt referral. When I saw her on 21/04/2023 a 6mm punch was taken by me from the rim of the left thigh plaque; the pathologist reports calcified subcutaneous arteriolar walls (von Kossa stain +ve) with fibrin thrombus in the lumen and necrotic fat round about.
Her plaques lie squarely on the skin she's been injecting enoxaparin into, left and right, since the first dose in your clinic on 13 March. By the diary her daughter keeps, the first lump appeared on 30/03/2023. We agree the needling almost certainly was what set it off locally, in a lady on haemodialysis.
Today she weighed 87 kg, BMI 33.2. Renal are moving her to four sessions a week and starting sodium thiosulfate; we have asked that no further injections are given into the thighs.
Kind regards,
Dr H. Lindqvist, Consultant Dermatologist
"""),
]}

O02 = {"patient_id": "O02", "age": 66, "sex": "M", "notes": [
("2022-01-11", "Physiotherapy Outpatients", """
MSK physio - knee OA group triage, 1:1
S: 66M, R knee OA, awaiting ortho opinion re TKR. Says the knee "loves the heat" - has had an electric heat pad strapped round his R knee - most evenings since last summer - and quite often dozes off with it switched on. New issue: a very sore patch at the medial side of that knee came on round about mid-November and keeps getting bigger. "Like a burn but it went black."
PMHx: kidney failure, dialysis at home overnight on a machine (PD). Type 2 diabetes - diet only. No blood thinners. Ex-smoker.
O: R knee effusion 1+, AROM 5-100 deg, crepitus. Medial R knee: ~3 cm dusky violet area, dark scab centrally, brownish net pattern over the whole front of the knee where the pad sits. Exquisitely TTP - unable to palpate joint line.
A: OA R knee. Skin lesion medial R knee not MSK - needs medical r/v soon.
P: Heat pad to stop. Letter to GP, emailed PD nurse specialist. Strengthening held for now; HEP static quads + SLR within pain.
"""),
("2022-01-19", "Renal Outpatients - PD Clinic", """
Renal clinic (PD)
Established renal failure on APD, 5 nights a week. Adequacy last month fine.
Seen early at request of physio/GP. Necrotic plaque medial aspect R knee, 4 x 3 cm, stone hard, livid margin, black eschar, onset Nov 2021. Background erythema ab igne across anterior R knee from the nightly heat pad. Rest of skin clear.
Bloods: adj Ca 2.51, PO4 2.3, PTH 84 pmol/L.
DM2 diet controlled, HbA1c 49. Not on insulin. No warfarin ever.
Wt 91.6kg. BMI 29.9 (o/w, falls just short of obese).
Imp: strongly suspect calciphylaxis.
Plan: stop calcichew, start sevelamer; derm biopsy this week; no heat to any skin.
"""),
("2022-02-02", "Dermatology Letter", """
Dermatology - Dr Okoye
Re: Mr Gethin Price, 66
Incisional biopsy, margin of the R medial knee plaque, 24/01/2022: calcium laid down in the media of little vessels in dermis and fat, thrombosed and necrosis of the overlying skin. This is calciphylaxis.
The lesion has formed inside skin which had been heated night after night by the pad since the summer, and the reticulate pigmentation around it is erythema ab igne. Its start, in November, is recorded in both the physio and renal notes. I think the heat injury localised it.
Plan: dressings by PD team, pain team input, sodium thiosulfate to be considered by renal. BMI as per renal clinic.
"""),
]}

O03 = {"patient_id": "O03", "age": 58, "sex": "M", "notes": [
("2019-07-04", "Fracture Clinic", """
Fracture Clinic - Ms Farrant (cons)
58M, fell approx 1.5 m off a stepladder clearing gutters, 30/06/19, L knee.
CT: L lateral tibial plateau # Schatzker I, <2 mm step. Non-operative.
PMHx: T1DM since age 12 - basal bolus (Levemir + NovoRapid). ESKD, HD Tues/Thurs/Sat at the satellite unit. Retinopathy.
Wt 83 kg BMI 27.8.
Plan: hinged knee brace fitted in clinic today, locked 0-30 deg, 3 velcro straps (2 thigh, 1 upper calf) - to stay on day and night. TWB with crutches. r/v 4-5/52 with XR.
"""),
("2019-08-06", "Fracture Clinic - Brace Check", """
Fracture Clinic r/v 5/52
XR: no displacement. Brace unlocked to 0-90.
Pt: "the bottom strap digs in something rotten". Brace on continuously since fitting 4/7, never taken off at night.
O/E: L posterior calf, directly under the distal strap: 5x2cm black eschar, with livid purple mottled rim, hard to touch, NRS 9/10. Wife first spotted it 28/07/19. No pus, no cellulitis. Foot pulses present.
Not a simple strap rub in my view - looks ischaemic/necrotic. Spoke to renal reg on call.
Plan: strap padded and repositioned lower, wound dressed. Urgent renal-derm joint clinic next wk.
"""),
("2019-08-14", "Renal-Dermatology Joint Clinic", """
Joint renal / derm clinic
Diagnosis: calcific uraemic arteriolopathy (calciphylaxis), L calf - deep incisional biopsy 08/08/19 confirms it.
The plaque sits in the band of skin compressed by the lower strap of the hinged brace worn without a break since 04/07/2019; onset 28/07/2019. Sustained pressure from the strap is the likely local trigger.
Risk factors: HD dialysis vintage 6 yrs, T1DM on insulin, Ca x PO4 high. Never on warfarin. BMI 27.5 today.
Plan: STS 25g IV post-HD thrice weekly, cinacalcet, switch to non-calcium binder, brace swapped to one with a wide padded cuff well above the wound.
"""),
]}

O04 = {"patient_id": "O04", "age": 62, "sex": "F", "notes": [
("2024-01-15", "Operation Note", """
OPERATION NOTE
Date: 15/01/2024   Surgeon: Mr T. Ruddock   Asst: Dr Mensah (FY2)
Procedure: ORIF L distal fibula (Weber C) + syndesmotic screw
Incision: 9 cm direct lateral approach over the distal L fibula.
Findings: short oblique #, comminution minimal. Reduced, 7-hole one-third tubular plate, 1 x 3.5 mm syndesmosis screw.
Closure: 2-0 vicryl, clips. Wool + crepe, BK backslab.
Notes: ESKD on APD - renal aware, may restart PD tonight. No diabetes. Obese (BMI 36).
Post-op: elevate, NWB 6/52, r/v 2/52 for wound.
"""),
("2024-01-29", "Fracture Clinic - Wound Check", """
Fracture Clinic 2/52 post ORIF L ankle
Clips removed. Lateral incision healed end to end, no discharge, no redness.
Calf tender on arrival -> Doppler 24/01: L peroneal/posterior tibial DVT. Started on warfarin by haematology (DOAC not used, PD). INR 2.4 today.
New BK fibreglass cast. NWB cont.
"""),
("2024-03-04", "Fracture Clinic", """
Fracture clinic, 7/52 post op
Cast off. XR: # healed, syndesmosis screw intact.
Pt reports: since the middle of Feb the scar on the outer side of her L ankle has turned "like a blood blister that went hard and black" and hurts far more than the break ever did.
O/E: lateral L ankle along the line of the healed incision - 5 cm strip of black eschar, violaceous retiform edge, woody induration. Metalwork not exposed. No sinus.
Imp: ?wound edge necrosis ?infection ?calciphylaxis (PD + warfarin).
Plan: swab, CRP (8), urgent derm same week. Boot, PWB.
"""),
("2024-03-12", "Dermatology Clinic", """
Derm - Dr A. Sorensen
62F on peritoneal dialysis, warfarin since late January for DVT.
Ellipse biopsy at the eschar edge on 06/03/2024: vascular calcification in the subcutis with occlusive thrombi, features of calciphylaxis. No vasculitis, cultures negative.
The necrosis follows her fibular plating scar of 15 January exactly and began mid-February. Surgical scars are a known place for calciphylaxis to declare itself.
Wt 97 kg, BMI 36.4 (obese).
Recommend: stop warfarin -> discuss with haem, renal to start STS, gentle dressings, no further debridement by us.
"""),
]}

O05 = {"patient_id": "O05", "age": 77, "sex": "M", "notes": [
("2025-04-22", "Fracture Clinic", """
VIRTUAL FRACTURE CLINIC -> converted to face to face
77M. Tripped on the kerb leaving church on Easter Sunday, landed heavily on his R side.
ED: XR pelvis + R hip AP/lat - no # seen. Discharged.
Today: big bruise R lateral hip over the greater troch, approx 12x8cm and tender, walks with antalgic gait.
PMHx: metallic AVR - on warfarin (INR 3.4 in ED). ESKD, haemodialysis (Mon Wed Fri). No diabetes.
Wt 81 kg, BMI 27.1.
Plan: paracetamol, FWB, refer community physio for gait + falls. No f/u in # clinic needed.
"""),
("2025-05-12", "Community Physiotherapy - Falls", """
Falls & balance - home visit
S: using a stick indoors, no further falls. "That bruise on my hip has gone rock hard and black and it's killing me" - started 10 days ago. Unable to sleep on his R side.
O: R lateral hip, over where the bruise was: 6 cm firm dusky plaque, black centre, lacy purple edge. Very tender, I did not handle it. TUG 18 s.
A: this isn't a bruise settling - needs medical review.
P: phoned GP surgery + left msg for dialysis unit nurse. Abductor strengthening on hold. Chair-based exs only.
"""),
("2025-05-21", "Renal Clinic Letter", """
Dear Dr Whitcombe,
Re: Mr Eamon Keogh, 77
I reviewed Mr Keogh at the end of his dialysis on Wednesday with our dermatology colleague. He has a retiform purpuric plaque of 6cm, necrotic centre, R lateral hip, inside the bruise from his fall of 20/04/2025, painful out of all proportion. The physio dates its start to 02/05/2025.
Our joint view is calciphylaxis - a clinical diagnosis; no biopsy, as we fear the site would break down over the trochanter. Warfarin (mechanical valve) stays for now, cardiology asked about a target INR at the lower end.
Starting sodium thiosulfate with HD. Weight 79 kg, BMI 26.4.
Yours sincerely,
Dr P. Nakamura, Consultant Nephrologist
"""),
]}

O06 = {"patient_id": "O06", "age": 59, "sex": "F", "notes": [
("2020-01-08", "Podiatry - Diabetic Foot Clinic", """
DIABETIC FOOT ANNUAL REVIEW
59F. T2DM 14 yrs, put on insulin in September (Humulin I bd) - does the jabs into her tummy. HD three times a week.
Sensation: 10g monofilament 5/10 R, 6/10 L. Pulses: DP palpable L, faint R; PT palpable both.
Skin: plantar callus R 1st MTPJ - scalpel debrided, no ulcer beneath. Nails cut. Fissures L heel - emollient.
Footwear: OK.
Pt mentioned in passing a "hard sore lump on my belly where I put my insulin, since Christmas - gone black in the middle". Not within podiatry remit, advised to show the dialysis nurses today.
Risk: moderate (neuropathy + ESKD). r/v 3/12.
"""),
("2020-01-15", "Renal Clinic", """
Renal OPD
Seen re abdominal wall lesion flagged by the unit nurses.
Hx: pt is sure it started 25/12/2019 ("Christmas Day - I couldn't enjoy my dinner for it"). Gets worse every day.
Injects Humulin I into the lower abdomen, around the navel, wherever is "least sore" - since starting in Sept 2019.
O/E: below and around the umbilicus: 6x4cm indurated plaque, black central eschar, retiform purpura at margin, bruised-looking satellite patches at older needle marks.
Obese, BMI 41.2. Not on warfarin. Ca 2.60, PO4 2.1.
Imp: calciphylaxis likely. Derm biopsy requested, insulin injections to move to upper arms meanwhile.
"""),
("2020-01-30", "Dermatology Letter", """
Dear colleague,
Mrs Jasmine Oduya. Dx: biopsy-proven calciphylaxis, lower abdominal wall
Punch biopsy 20/01/2020 from the plaque margin: small-vessel calcification with luminal thrombi in the subcutaneous fat, von Kossa positive.
The affected skin is the patch where she has given her insulin since it was started in the autumn. The link between the injections and the lesion is, I think, clear.
We've advised sodium thiosulfate via the renal team and wound care by the practice nurse.
Yours,
Dr F. Abara, Dermatology
"""),
]}

O07 = {"patient_id": "O07", "age": 64, "sex": "F", "notes": [
("2022-06-14", "Physiotherapy - MSK Initial Assessment", """
MSK IA - L shoulder
S: 64F. 3/12 L shoulder pain, refers down the outer upper arm to about the deltoid insertion. Night pain lying on L. No trauma. Right handed.
PMHx: CKD 4 - renal f/u, no dialysis. Warfarin for AF. Obese (GP record BMI 34.2). No DM.
O: Painful arc 70-120 deg. Full PROM. ER resisted 4/5 painful. Hawkins +. Neer +. C-spine clear.
A: L rotator cuff related shoulder pain.
P: Education. HEP - isometric ER/abduction. For pain: cold pack, in a tea towel, to the outer L upper arm 10-15 min, up to 3x a day - she has a reusable gel pack, will begin today. F/u 3/52.
"""),
("2022-09-20", "Physiotherapy - Follow Up", """
F/U (late - cancelled x2, hospital transport)
S: shoulder "a bit easier" but "the skin on my arm has gone bad".
Has been applying the frozen gel pack on the outer L upper arm two or three times every day since the first session on 14/06, often 30 min or more and sometimes without the towel. Early September a tender purple blotch appeared exactly where the pack rests; black in the middle now.
O: L lateral upper arm over deltoid insertion - 4 cm necrotic plaque, violaceous net-like border, very tender to light touch. Shoulder ROM unchanged.
A: ?cold injury ?something else - outside my scope.
P: STOP the ice. Rang GP - same day appt arranged, GP to speak to renal.
"""),
("2022-09-28", "Renal Outpatient Letter", """
Dear Dr Castellan,
Re: Mrs Dorota Wisniewska, 64
CKD G4 (eGFR 18), not on renal replacement therapy.
The skin biopsy taken on 23/09 from her left upper arm shows calciphylaxis; the arterioles in her subcut fat are calcified and blocked by thrombus, with adjacent fat necrosis.
Contributors: warfarin, obesity, and repeated cold from the gel pack applied to exactly that site since mid-June; the lesion appeared at the beginning of September.
Changes: warfarin switched to apixaban today. Pain team referral. No cold or heat to skin.
Weight today 90 kg, BMI 34.0.
Best wishes,
Dr E. Fairbairn, Renal Registrar
"""),
]}

PATIENTS = [O01, O02, O03, O04, O05, O06, O07]
